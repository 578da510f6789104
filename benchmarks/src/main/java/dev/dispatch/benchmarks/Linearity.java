package dev.dispatch.benchmarks;

import dev.dispatch.json.DispatchJson;
import dev.dispatch.json.DispatchJsonException;
import dev.dispatch.json.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Measures, for each family of hostile input of issue 12, the cost of reading documents of size
 * n, 2n and 4n, and prints the ratios: a linear cost doubles (ratio about 2), a quadratic one
 * quadruples. Plain Java, not JMH: the question is the shape of the cost, not its last percent.
 * Not a test: timings belong in docs/quality.md, never in assertions.
 *
 * <pre>{@code
 * ./mvnw -q -B -pl benchmarks -am package -DskipTests
 * java -Xms8g -Xmx8g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar dev.dispatch.benchmarks.Linearity
 * }</pre>
 */
public final class Linearity {
  private Linearity() {}

  private static final DispatchJson JSON = DispatchJson.create(new Limits(Limits.MAX_NESTING_DEPTH, 1_000_000,
      Limits.MAX_DOCUMENT_LENGTH, 32, 256, 10_000_000L));

  /** One family: a name, a document of size n, and how it is read. */
  private record Family(String name, int n, IntFunction<String> document, boolean preserving) {}

  private static String head(String sources, String tail) {
    return "{\"format\":\"dispatch.report\",\"version\":1,\"id\":\"r\",\"headline\":\"H\",\"publisher\":\"P\","
        + "\"language\":\"en\",\"sources\":[" + sources + "]" + tail;
  }

  static String sharedCollectives(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"type\":\"collective\",\"id\":\"c").append(i)
          .append("\",\"description\":\"assessments\"");
      if (i >= 2) {
        s.append(",\"members\":[\"c").append(i - 1).append("\",\"c").append(i - 2).append("\"]");
      }
      s.append('}');
    }
    return head(s.toString(), "}");
  }

  static String parentChain(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"type\":\"organisation\",\"id\":\"o").append(i)
          .append("\",\"name\":\"Unit\",\"kind\":\"military\"");
      if (i > 0) {
        s.append(",\"parent\":\"o").append(i - 1).append('"');
      }
      s.append('}');
    }
    return head(s.toString(), "}");
  }

  static String manyKeys(int n) {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < n; i++) {
      s.append("\"k").append(i).append("\":").append(i).append(',');
    }
    return s + head("{\"type\":\"own_voice\",\"id\":\"s\",\"voice\":\"observation\"}", "}").substring(1);
  }

  static String manyUnknowns(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i).append("\",\"extra\":{\"scores\":[1e400,0.1,-0.0,")
          .append(i).append("],\"tag\":\"t").append(i).append("\"},\"particulars\":{\"note\":\"n\"}}");
    }
    return head("{\"type\":\"own_voice\",\"id\":\"s\",\"voice\":\"observation\"}", ",\"prisoners\":[" + s + "]}");
  }

  static String deepChain(int links) {
    String link = "{\"source\":\"s\",\"mode\":\"paraphrase\",\"status\":\"stated\"";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < links; i++) {
      s.append(link).append(i + 1 < links ? ",\"via\":" : "");
    }
    s.append("}".repeat(links));
    return head("{\"type\":\"own_voice\",\"id\":\"s\",\"voice\":\"observation\"}",
        ",\"statements\":[{\"id\":\"st\",\"attribution\":" + s + ",\"text\":\"t\"}]}");
  }

  /** Many statements, each with a deep chain: the document grows, the depth stays within the limit. */
  static String deepUnknowns(int n) {
    String deep = "[".repeat(400) + "]".repeat(400);
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < n; i++) {
      s.append("\"d").append(i).append("\":").append(deep).append(',');
    }
    return s + head("{\"type\":\"own_voice\",\"id\":\"s\",\"voice\":\"observation\"}", "}").substring(1);
  }

  /** The median of several timed reads, in milliseconds. */
  private static double time(String doc, boolean preserving) {
    int runs = 9;
    System.gc();
    read(doc, preserving);
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      read(doc, preserving);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }

  private static void read(String doc, boolean preserving) {
    try {
      if (preserving) {
        JSON.readPreserving(doc);
      } else {
        JSON.read(doc);
      }
    } catch (DispatchJsonException e) {
      throw new IllegalStateException("a family's document must read: " + e.getMessage(), e);
    }
  }

  /** Prints a Markdown table: family, n, time at n, 2n, 4n, and the two ratios. */
  public static void main(String[] args) {
    List<Family> families = new ArrayList<>(List.of(
        new Family("collectives sharing members (cycle check)", 20_000, Linearity::sharedCollectives, false),
        new Family("organisation-parent chain", 20_000, Linearity::parentChain, false),
        new Family("unknown names at the root (readPreserving)", 40_000, Linearity::manyKeys, true),
        new Family("unknown values in many elements (readPreserving)", 5_000, Linearity::manyUnknowns, true),
        new Family("attribution chain depth (nesting 500 allowed)", 120, Linearity::deepChain, false),
        new Family("unknown values nested 400 deep (readPreserving)", 250, Linearity::deepUnknowns, true)));
    System.out.println("| family | n | bytes at 4n | ms at n | ms at 2n | ms at 4n | 2n/n | 4n/2n |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Family f : families) {
      double[] t = new double[3];
      String[] docs = new String[3];
      for (int k = 0; k < 3; k++) {
        docs[k] = f.document().apply(f.n() << k);
      }
      int bytes = docs[2].length();
      // Warm up on every size first, so that no size is measured while the JIT is still compiling.
      for (int round = 0; round < 5; round++) {
        for (String doc : docs) {
          read(doc, f.preserving());
        }
      }
      for (int k = 0; k < 3; k++) {
        t[k] = time(docs[k], f.preserving());
      }
      System.out.printf("| %s | %,d | %,d | %.1f | %.1f | %.1f | %.2f | %.2f |%n", f.name(), f.n(), bytes, t[0], t[1],
          t[2], t[1] / t[0], t[2] / t[1]);
    }
  }
}
