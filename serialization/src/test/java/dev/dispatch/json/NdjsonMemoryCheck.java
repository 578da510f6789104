package dev.dispatch.json;

import dev.dispatch.id.ReportId;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Run in its own JVM with a small heap: streams {@code args[0]} reports, generated on the fly, through
 * the NDJSON reader, and prints what it read. Holding the reports would exhaust the heap. With
 * {@code args[1]} {@code bad}, every line is a bad one, collected: holding every error would.
 */
public final class NdjsonMemoryCheck {
  private NdjsonMemoryCheck() {}

  public static void main(String[] args) {
    int count = Integer.parseInt(args[0]);
    DispatchJson json = DispatchJson.create();
    boolean bad = args.length > 1 && args[1].equals("bad");
    String line = bad ? "{\"format\":\"dispatch.report\",\"version\":1,\"id\":\"r\",\"Kim Chol-jin\":1}\n"
        : json.write(ReferenceReport.report()) + "\n";
    String id = "\"id\":\"" + ReferenceReport.ID.value() + "\"";
    InputStream lines = new InputStream() {
      private int n;
      private byte[] current = new byte[0];
      private int pos;

      private boolean more() {
        if (pos == current.length) {
          if (n == count) {
            return false;
          }
          current = line.replace(id, "\"id\":\"r" + n++ + "\"").getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        return true;
      }

      @Override
      public int read() {
        return more() ? current[pos++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (!more()) {
          return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
      }
    };
    if (bad) {
      try (NdjsonReader reader = json.ndjsonReader(lines, NdjsonReader.OnError.COLLECT)) {
        if (reader.hasNext()) {
          throw new AssertionError("a bad line was read");
        }
        System.out.println("kept " + reader.errors().size() + " of " + reader.errorCount() + " errors");
      }
      return;
    }
    long reports = 0;
    long figures = 0;
    try (NdjsonReader reader = json.ndjsonReader(lines, NdjsonReader.OnError.STOP)) {
      while (reader.hasNext()) {
        Report r = reader.next();
        if (!r.id().equals(ReportId.of("r" + reports))) {
          throw new AssertionError("out of order at " + reports);
        }
        reports++;
        figures += r.figures().size();
      }
    }
    System.out.println("read " + reports + " reports, " + figures + " figures");
  }
}
