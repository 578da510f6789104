package dev.dispatch.benchmarks;

import dev.dispatch.benchmarks.baseline.Records;
import dev.dispatch.benchmarks.baseline.Records.RReport;
import dev.dispatch.json.DispatchJson;
import dev.dispatch.json.NdjsonReader;
import dev.dispatch.json.NdjsonWriter;
import dev.dispatch.json.View;
import dev.dispatch.report.Report;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * NDJSON of {@value Data#NDJSON_REPORTS} generated reports: streamed read and write, against plain
 * records of the same shape with Jackson databind and a token skim of the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class NdjsonBenchmarks {
  private byte[] bytes;
  private List<Report> reports;
  private List<RReport> records;
  private DispatchJson json;
  private JsonFactory factory;
  private ObjectReader recordReader;
  private ObjectWriter recordWriter;

  /** Prepares the inputs once per trial. */
  @Setup
  public void setUp() {
    json = DispatchJson.create();
    factory = new JsonFactory();
    reports = Data.generated();
    bytes = Data.ndjson();
    JsonMapper plain = Records.mapper();
    recordReader = plain.readerFor(RReport.class);
    recordWriter = plain.writerFor(RReport.class).withRootValueSeparator("\n");
    records = new ArrayList<>();
    try (MappingIterator<RReport> it = recordReader.readValues(bytes)) {
      it.forEachRemaining(records::add);
    }
  }

  /** Dispatch streams the reports back one at a time. */
  @Benchmark
  public long readDispatch() {
    long figures = 0;
    try (NdjsonReader r = json.ndjsonReader(new ByteArrayInputStream(bytes), NdjsonReader.OnError.STOP)) {
      while (r.hasNext()) {
        figures += r.next().figures().size();
      }
    }
    return figures;
  }

  /** Baseline: databind into plain records, one line at a time. */
  @Benchmark
  public long readRecords() {
    long figures = 0;
    try (MappingIterator<RReport> it = recordReader.readValues(bytes)) {
      while (it.hasNextValue()) {
        List<?> f = it.nextValue().figures();
        figures += f == null ? 0 : f.size();
      }
    }
    return figures;
  }

  /** Upper bound: every token of the same bytes, nothing built. */
  @Benchmark
  public long readTokenSkim() {
    return Data.skim(factory, bytes);
  }

  /** Dispatch writes the reports, public view, to a discarding stream. */
  @Benchmark
  public long writeDispatch() {
    Counting out = new Counting();
    try (NdjsonWriter w = json.ndjsonWriter(out, View.PUBLIC)) {
      reports.forEach(w::write);
    }
    return out.bytes;
  }

  /** Baseline: databind writes the records, one line each, to a discarding stream. */
  @Benchmark
  public long writeRecords() {
    Counting out = new Counting();
    try (SequenceWriter w = recordWriter.writeValues(out)) {
      for (RReport r : records) {
        w.write(r);
      }
    }
    return out.bytes;
  }

  /** Counts and discards. */
  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
