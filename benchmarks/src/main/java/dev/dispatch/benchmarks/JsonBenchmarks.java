package dev.dispatch.benchmarks;

import dev.dispatch.benchmarks.baseline.Records;
import dev.dispatch.benchmarks.baseline.Records.RReport;
import dev.dispatch.json.DispatchJson;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import dev.dispatch.validation.ValidationResult;
import dev.dispatch.validation.Validator;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference report: read, write, validate, build; against plain records of the same shape
 * with Jackson databind ({@link Records#mapper()}) and a token skim of the same bytes, measured in
 * the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(4)
public class JsonBenchmarks {
  private byte[] bytes;
  private Report report;
  private RReport record;
  private DispatchJson json;
  private JsonMapper plain;
  private JsonFactory factory;
  private Validator validator;

  /** Prepares the inputs once per trial. */
  @Setup
  public void setUp() {
    bytes = Data.referenceJson();
    json = DispatchJson.create();
    plain = Records.mapper();
    factory = new JsonFactory();
    report = json.read(bytes);
    record = plain.readValue(bytes, RReport.class);
    validator = Validator.defaults();
  }

  /** Dispatch reads the reference report: strict, checked, references resolved. */
  @Benchmark
  public Report readDispatch() {
    return json.read(bytes);
  }

  /** Baseline: databind into plain records of the same shape. */
  @Benchmark
  public RReport readRecords() {
    return plain.readValue(bytes, RReport.class);
  }

  /** Upper bound: every token of the same bytes, nothing built. */
  @Benchmark
  public long readTokenSkim() {
    return Data.skim(factory, bytes);
  }

  /** Dispatch writes the public view. */
  @Benchmark
  public byte[] writeDispatch() {
    return json.mapper().writeValueAsBytes(report);
  }

  /** Baseline: databind from plain records of the same shape: the same bytes as {@link #writeDispatch()}. */
  @Benchmark
  public byte[] writeRecords() {
    return plain.writeValueAsBytes(record);
  }

  /** Validation with every default rule. */
  @Benchmark
  public ValidationResult validate() {
    return validator.validate(report);
  }

  /** Building the reference report through the builders, invariants checked. */
  @Benchmark
  public Report build() {
    return ReferenceReport.build();
  }
}
