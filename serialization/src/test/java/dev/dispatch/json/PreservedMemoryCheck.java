package dev.dispatch.json;

import dev.dispatch.report.Report;

/**
 * Run in its own JVM with a small heap: reads, preserving, a document of {@code args[0]} links of
 * an attribution, each with an unknown property, in a part nested {@code args[1]} deep, writes it
 * back and prints what it kept. Keys held as one string per object would cost each link its depth
 * again, and exhaust the heap.
 */
public final class PreservedMemoryCheck {
  private PreservedMemoryCheck() {}

  /** A part of a figure, nested {@code depth} parts deep, holding {@code inner}. */
  static String part(int depth, String inner) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      open.append("{\"facets\":[{\"type\":\"label\",\"name\":\"n\",\"value\":\"v\"}],\"count\":{\"qualifier\":"
          + "\"exactly\",\"number\":1},\"breakdowns\":[{\"completeness\":\"partial\",\"parts\":[");
      close.append("]}]}");
    }
    return open + inner + close;
  }

  /** The document: one figure, its parts nested {@code depth} deep, the deepest with {@code links} links. */
  static String document(int links, int depth) {
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < links; i++) {
      chain.append(i > 0 ? "," : "").append("{\"source\":\"s\",\"mode\":\"paraphrase\",\"u\":1}");
    }
    String deepest = "{\"facets\":[{\"type\":\"label\",\"name\":\"n\",\"value\":\"v\"}],\"count\":{\"qualifier\":"
        + "\"exactly\",\"number\":1},\"attributions\":[[" + chain + "]]}";
    return HostileInputTest.report("{\"type\":\"unspecified\",\"id\":\"s\"}", ",\"figures\":[{\"id\":\"f\","
        + "\"measure\":\"people\",\"outcomes\":[\"killed\"],\"count\":{\"qualifier\":\"exactly\",\"number\":1},"
        + "\"breakdowns\":[{\"completeness\":\"partial\",\"parts\":[" + part(depth, deepest) + "]}]}]}");
  }

  public static void main(String[] args) {
    int links = Integer.parseInt(args[0]);
    int depth = Integer.parseInt(args[1]);
    DispatchJson json = DispatchJson.create();
    Preserved<Report> read = json.readPreserving(document(links, depth));
    int written = json.write(read, View.INTERNAL).length();
    System.out.println("kept " + read.unknown().size() + " objects' unknown properties, wrote " + (written > 0));
  }
}
