package dev.dispatch.benchmarks;

import dev.dispatch.json.DispatchJson;
import dev.dispatch.json.DispatchJsonException;
import dev.dispatch.json.Limits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Measures, for each family of hostile input of issue 12 (and the structures of the v2 model that
 * can grow with the input: chains as arrays, places, parties, figure relations, parts), the cost
 * of reading documents of size n, 2n and 4n, and prints the ratios: a linear cost doubles (ratio
 * about 2), a quadratic one quadruples. Plain Java, not JMH: the question is the shape of the
 * cost, not its last percent. Not a test: timings belong in docs/quality.md, never in assertions.
 *
 * <p>Each family's three documents are read in turn, round after round, so that a pause of the
 * machine or the JIT's late work falls on every size alike; each read starts after a full
 * collection, and the median of {@value #ROUNDS} rounds is printed. Run it on an otherwise idle
 * core, with a heap large enough that the largest documents do not measure the collector:
 *
 * <pre>{@code
 * ./mvnw -q -B -pl benchmarks -am package -DskipTests
 * taskset -c 1 java -Xms8g -Xmx8g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar dev.dispatch.benchmarks.Linearity
 * }</pre>
 */
public final class Linearity {
  private Linearity() {}

  /** Timed reads of each size. */
  private static final int ROUNDS = 9;

  /** The reader's defaults, but room for documents of millions of tokens and the deepest nesting allowed. */
  private static final DispatchJson JSON = DispatchJson.create(new Limits(Limits.MAX_NESTING_DEPTH, 1_000_000,
      Limits.MAX_DOCUMENT_LENGTH, 32, 256, 10_000_000L));

  /** One family: a name, a document of size n, and how it is read. */
  record Family(String name, int n, IntFunction<String> document, boolean preserving) {}

  /** Every family, in the order of the table in docs/quality.md. */
  static List<Family> families() {
    return List.of(
        new Family("collectives sharing members (cycle check)", 20_000, Linearity::sharedCollectives, false),
        new Family("organisation-parent chain", 20_000, Linearity::parentChain, false),
        new Family("place-within chain", 20_000, Linearity::placeChain, false),
        new Family("party chain (part of, allied with)", 20_000, Linearity::partyChain, false),
        new Family("figure chain (revises, share of)", 10_000, Linearity::figureChain, false),
        new Family("attribution chain: links in one array", 40_000, Linearity::longChain, false),
        new Family("parts nested n deep (300 figures)", 8, Linearity::deepParts, false),
        new Family("parts of one breakdown", 2_500, Linearity::wideBreakdown, false),
        new Family("contributors (kept distinct)", 40_000, Linearity::distinctList, false),
        new Family("unknown names at the root (readPreserving)", 40_000, Linearity::manyKeys, true),
        new Family("unknown values in many elements (readPreserving)", 5_000, Linearity::manyUnknowns, true),
        new Family("unknown values nested 400 deep (readPreserving)", 250, Linearity::deepUnknowns, true));
  }

  private static final String OWN_VOICE = "{\"type\":\"own_voice\",\"id\":\"s\",\"voice\":\"observation\"}";

  /** A report with these sources, then {@code tail} (more properties of the report, and its closing brace). */
  private static String head(String sources, String tail) {
    return "{\"format\":\"dispatch.report\",\"version\":1,\"id\":\"r\",\"headline\":\"H\",\"publisher\":\"P\","
        + "\"language\":\"en\",\"sources\":[" + sources + "]" + tail;
  }

  /** {@code n} collectives, each listing the previous two as members: exponential for a check with no memory. */
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

  /** {@code n} organisations, each the parent of the next. */
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

  /** {@code n} places, each within the previous one. */
  static String placeChain(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"id\":\"pl").append(i).append("\",\"printedName\":\"Place\"");
      if (i > 0) {
        s.append(",\"within\":\"pl").append(i - 1).append('"');
      }
      s.append('}');
    }
    return head(OWN_VOICE, ",\"places\":[" + s + "]}");
  }

  /** {@code n} parties, each part of the previous one, and each allied with the one before that. */
  static String partyChain(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"id\":\"y").append(i).append("\",\"name\":\"Party\",\"kind\":\"armed_group\"");
      if (i > 0) {
        s.append(",\"relations\":[{\"kind\":\"part_of\",\"party\":\"y").append(i - 1).append("\"}");
        if (i > 1) {
          s.append(",{\"kind\":\"allied_with\",\"party\":\"y").append(i - 2).append("\"}");
        }
        s.append(']');
      }
      s.append('}');
    }
    return head(OWN_VOICE, ",\"parties\":[" + s + "]}");
  }

  /** {@code n} figures, each revising the previous one and a share of the one before that. */
  static String figureChain(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"id\":\"f").append(i)
          .append("\",\"measure\":\"people\",\"outcomes\":[\"killed\"],\"count\":{\"qualifier\":\"exactly\",\"number\":")
          .append(i).append('}');
      if (i > 0) {
        s.append(",\"relations\":[{\"type\":\"revises\",\"earlier\":\"f").append(i - 1).append("\"}");
        if (i > 1) {
          s.append(",{\"type\":\"share_of\",\"base\":\"f").append(i - 2)
              .append("\",\"share\":{\"qualifier\":\"about\",\"numerator\":1,\"denominator\":2}}");
        }
        s.append(']');
      }
      s.append('}');
    }
    return head(OWN_VOICE, ",\"figures\":[" + s + "]}");
  }

  /** One statement whose attribution is a chain of {@code n} links: one array, nested no deeper than a link. */
  static String longChain(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"source\":\"").append(i % 2 == 0 ? "s" : "t")
          .append("\",\"mode\":\"paraphrase\",\"status\":\"claimed\"}");
    }
    return head(OWN_VOICE + ",{\"type\":\"unspecified\",\"id\":\"t\"}",
        ",\"statements\":[{\"id\":\"st\",\"attribution\":[" + s + "],\"text\":\"t\"}]}");
  }

  /** Figures in {@link #deepParts}: at 32 parts each, within the report's budget of 10,000 parts. */
  private static final int FIGURES_OF_DEEP_PARTS = 300;

  /** Figures in which parts nest {@code depth} deep: the document grows with the depth (at most 32). */
  static String deepParts(int depth) {
    StringBuilder part = new StringBuilder();
    for (int level = depth; level >= 1; level--) {
      String inner = part.length() == 0 ? "" : ",\"breakdowns\":[{\"completeness\":\"partial\",\"parts\":[" + part + "]}]";
      part.setLength(0);
      part.append("{\"facets\":[{\"type\":\"label\",\"name\":\"level\",\"value\":\"").append(level)
          .append("\"}],\"count\":{\"qualifier\":\"at_most\",\"number\":").append(level).append('}').append(inner)
          .append('}');
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < FIGURES_OF_DEEP_PARTS; i++) {
      s.append(i == 0 ? "" : ",").append("{\"id\":\"f").append(i)
          .append("\",\"measure\":\"people\",\"outcomes\":[\"killed\"],\"count\":{\"qualifier\":\"exactly\",\"number\":100},")
          .append("\"breakdowns\":[{\"completeness\":\"partial\",\"parts\":[").append(part).append("]}]}");
    }
    return head(OWN_VOICE, ",\"figures\":[" + s + "]}");
  }

  /** One figure broken down into {@code n} parts of distinct facets (at most 10,000, the budget of a figure). */
  static String wideBreakdown(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"facets\":[{\"type\":\"label\",\"name\":\"unit\",\"value\":\"u")
          .append(i).append("\"},{\"type\":\"age\",\"group\":\"adult\"}],\"count\":{\"qualifier\":\"exactly\",\"number\":1}}");
    }
    return head(OWN_VOICE, ",\"figures\":[{\"id\":\"f\",\"measure\":\"people\",\"outcomes\":[\"killed\"],"
        + "\"count\":{\"qualifier\":\"exactly\",\"number\":" + n + "},\"breakdowns\":[{\"completeness\":\"complete\","
        + "\"parts\":[" + s + "]}]}]}");
  }

  /** {@code n} contributors, a list the model keeps free of repeats. */
  static String distinctList(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("\"Contributor ").append(i).append('"');
    }
    return head(OWN_VOICE, ",\"contributors\":[" + s + "]}");
  }

  /** {@code n} unknown names at the root. */
  static String manyKeys(int n) {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < n; i++) {
      s.append("\"k").append(i).append("\":").append(i).append(',');
    }
    return s + head(OWN_VOICE, "}").substring(1);
  }

  /** {@code n} prisoners, each with unknown values (numbers kept exactly) in itself and its particulars. */
  static String manyUnknowns(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i).append("\",\"extra\":{\"scores\":[1e400,0.1,-0.0,")
          .append(i).append("],\"tag\":\"t").append(i).append("\"},\"particulars\":{\"note\":\"n\"}}");
    }
    return head(OWN_VOICE, ",\"prisoners\":[" + s + "]}");
  }

  /** {@code n} unknown values at the root, each nested 400 deep: the document grows, the depth stays within the limit. */
  static String deepUnknowns(int n) {
    String deep = "[".repeat(400) + "]".repeat(400);
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < n; i++) {
      s.append("\"d").append(i).append("\":").append(deep).append(',');
    }
    return s + head(OWN_VOICE, "}").substring(1);
  }

  static void read(String doc, boolean preserving) {
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

  /** The time of one read, in milliseconds, after a full collection. */
  private static double time(String doc, boolean preserving) {
    System.gc();
    long t0 = System.nanoTime();
    read(doc, preserving);
    return (System.nanoTime() - t0) / 1e6;
  }

  /**
   * Prints a Markdown table: family, n, size in bytes at 4n, the median time at n, 2n, 4n, and the two ratios.
   *
   * @param args names (or parts of names) of the families to run; none runs them all
   */
  public static void main(String[] args) {
    List<Family> families = new ArrayList<>(families());
    if (args.length > 0) {
      families.removeIf(f -> Arrays.stream(args).noneMatch(a -> f.name().contains(a)));
    }
    System.out.println("| family | n | bytes at 4n | ms at n | ms at 2n | ms at 4n | 2n/n | 4n/2n |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Family f : families) {
      String[] docs = new String[3];
      for (int k = 0; k < 3; k++) {
        docs[k] = f.document().apply(f.n() << k);
      }
      // Warm up on every size first, so that no size is measured while the JIT is still compiling.
      for (int round = 0; round < 5; round++) {
        for (String doc : docs) {
          read(doc, f.preserving());
        }
      }
      double[][] ms = new double[3][ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        for (int k = 0; k < 3; k++) {
          ms[k][round] = time(docs[k], f.preserving());
        }
      }
      double[] t = new double[3];
      for (int k = 0; k < 3; k++) {
        Arrays.sort(ms[k]);
        t[k] = ms[k][ROUNDS / 2];
      }
      System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.2f | %.2f | %.2f | %.2f |%n", f.name(), f.n(),
          docs[2].getBytes(StandardCharsets.UTF_8).length, t[0], t[1], t[2], t[1] / t[0], t[2] / t[1]);
    }
  }
}
