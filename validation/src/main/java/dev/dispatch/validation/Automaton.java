package dev.dispatch.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Aho–Corasick automaton over sequences of int symbols (word ids, or code points): finds every
 * occurrence of any of its patterns in a sequence in one pass, in time linear in the sequence,
 * the patterns, and the matches reported. A symbol no pattern holds ({@code -1}, say) sends the
 * automaton back to its start. Built once per report; not thread-safe (a scan reuses the
 * automaton's marks).
 */
final class Automaton {

  /** Receives matches: the patterns (all of one length) ending at a position of the sequence. */
  @FunctionalInterface
  interface Sink {
    /**
     * Patterns found.
     *
     * @param end the index of the last symbol of the match
     * @param length the length of the patterns, in symbols
     * @param patterns the ids of the patterns that end there with that length
     */
    void found(int end, int length, int[] patterns);
  }

  private final Map<Long, Integer> edges;
  private final int[] fail;
  private final int[] dict;
  private final int[] depth;
  private final int[][] out;
  private final int[] stamp;
  private int generation;

  private Automaton(Map<Long, Integer> edges, int[] fail, int[] dict, int[] depth, int[][] out) {
    this.edges = edges;
    this.fail = fail;
    this.dict = dict;
    this.depth = depth;
    this.out = out;
    this.stamp = new int[fail.length];
  }

  /** Whether it has no pattern. */
  boolean isEmpty() {
    return fail.length == 1;
  }

  private static long edge(int node, int symbol) {
    return ((long) node << 32) | (symbol & 0xffffffffL);
  }

  private int step(int state, int symbol) {
    int s = state;
    while (true) {
      Integer next = edges.get(edge(s, symbol));
      if (next != null) {
        return next;
      }
      if (s == 0) {
        return 0;
      }
      s = fail[s];
    }
  }

  /** Reports every occurrence of every pattern in {@code symbols}, in order of their ends. */
  void scan(int[] symbols, Sink sink) {
    int state = 0;
    for (int i = 0; i < symbols.length; i++) {
      state = symbols[i] < 0 ? 0 : step(state, symbols[i]);
      for (int v = out[state].length > 0 ? state : dict[state]; v > 0; v = dict[v]) {
        sink.found(i, depth[v], out[v]);
      }
    }
  }

  /**
   * For each position of {@code symbols}, how many symbols up to it begin a pattern: the length of
   * the longest suffix of {@code symbols[0..i]} that is a prefix of some pattern, 0 if none is.
   * Linear in the sequence.
   */
  int[] prefixes(int[] symbols) {
    int[] lengths = new int[symbols.length];
    int state = 0;
    for (int i = 0; i < symbols.length; i++) {
      state = symbols[i] < 0 ? 0 : step(state, symbols[i]);
      lengths[i] = depth[state];
    }
    return lengths;
  }

  /**
   * Reports each pattern found in {@code symbols} once, at its first occurrence: a match whose
   * patterns were already reported in this scan is skipped, so that a scan costs time linear in
   * the sequence and the distinct patterns found, however often they occur.
   */
  void scanOnce(int[] symbols, Sink sink) {
    generation++;
    int state = 0;
    for (int i = 0; i < symbols.length; i++) {
      state = symbols[i] < 0 ? 0 : step(state, symbols[i]);
      for (int v = out[state].length > 0 ? state : dict[state]; v > 0 && stamp[v] != generation; v = dict[v]) {
        stamp[v] = generation;
        sink.found(i, depth[v], out[v]);
      }
    }
  }

  /** Collects patterns. Not thread-safe. */
  static final class Builder {
    private final Map<Long, Integer> edges = new HashMap<>();
    private final List<List<Integer>> children = new ArrayList<>();
    private final List<List<Integer>> outputs = new ArrayList<>();
    private final List<Integer> depths = new ArrayList<>();

    Builder() {
      node(0);
    }

    private int node(int depth) {
      children.add(new ArrayList<>(0));
      outputs.add(new ArrayList<>(0));
      depths.add(depth);
      return depths.size() - 1;
    }

    /**
     * Adds a pattern.
     *
     * @param symbols its symbols, none negative; an empty pattern is ignored
     * @param id what {@link Sink#found} reports for it
     */
    Builder add(int[] symbols, int id) {
      if (symbols.length == 0) {
        return this;
      }
      int s = 0;
      for (int symbol : symbols) {
        Integer next = edges.get(edge(s, symbol));
        if (next == null) {
          int created = node(depths.get(s) + 1);
          edges.put(edge(s, symbol), created);
          children.get(s).add(symbol);
          s = created;
        } else {
          s = next;
        }
      }
      outputs.get(s).add(id);
      return this;
    }

    Automaton build() {
      int n = depths.size();
      int[] fail = new int[n];
      int[] dict = new int[n];
      int[] depth = new int[n];
      int[][] out = new int[n][];
      for (int i = 0; i < n; i++) {
        depth[i] = depths.get(i);
        List<Integer> ids = outputs.get(i);
        out[i] = new int[ids.size()];
        for (int j = 0; j < out[i].length; j++) {
          out[i][j] = ids.get(j);
        }
      }
      Automaton a = new Automaton(edges, fail, dict, depth, out);
      ArrayDeque<Integer> todo = new ArrayDeque<>();
      todo.add(0);
      while (!todo.isEmpty()) {
        int u = todo.removeFirst();
        for (int symbol : children.get(u)) {
          int v = Objects.requireNonNull(edges.get(edge(u, symbol)));
          fail[v] = u == 0 ? 0 : a.step(fail[u], symbol);
          dict[v] = out[fail[v]].length > 0 ? fail[v] : dict[fail[v]];
          todo.addLast(v);
        }
      }
      return a;
    }
  }
}
