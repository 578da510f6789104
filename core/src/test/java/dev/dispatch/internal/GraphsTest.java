package dev.dispatch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cycle checks: right answers, iterative, linear (issue 12, items 1 and 2). */
class GraphsTest {

  private static Map<Integer, List<Integer>> graph(int... edges) {
    Map<Integer, List<Integer>> g = new HashMap<>();
    for (int i = 0; i < edges.length; i += 2) {
      g.computeIfAbsent(edges[i], k -> new ArrayList<>()).add(edges[i + 1]);
      g.computeIfAbsent(edges[i + 1], k -> new ArrayList<>());
    }
    return g;
  }

  private static Optional<Integer> cycle(Map<Integer, List<Integer>> g) {
    List<Integer> nodes = new ArrayList<>(g.keySet());
    nodes.sort(null);
    return Graphs.cycle(nodes, n -> g.getOrDefault(n, List.of()));
  }

  @Test
  void findsCyclesAndOnlyCycles() {
    assertEquals(Optional.empty(), cycle(graph(1, 2, 2, 3, 1, 3)));
    assertEquals(Optional.of(1), cycle(graph(1, 2, 2, 3, 3, 1)));
    assertEquals(Optional.of(2), cycle(graph(1, 2, 2, 2)));
    assertEquals(Optional.of(3), cycle(graph(1, 2, 3, 4, 4, 3)));
    // A successor that is not a node is a sink.
    assertEquals(Optional.empty(), Graphs.cycle(List.of(1), n -> List.of(99)));
  }

  /** Each node lists the previous two: 2^n paths, which a walk without memory takes forever over. */
  @Test
  @Timeout(60)
  void sharedSubgraphsAreWalkedOnce() {
    int n = 100_000;
    Map<Integer, List<Integer>> g = new HashMap<>();
    for (int i = 0; i < n; i++) {
      g.put(i, i < 2 ? List.of() : List.of(i - 1, i - 2));
    }
    List<Integer> nodes = new ArrayList<>(g.keySet());
    java.util.Collections.reverse(nodes);
    assertEquals(Optional.empty(), Graphs.cycle(nodes, g::get));
  }

  /** A chain a million deep: recursion would overflow the stack long before. */
  @Test
  @Timeout(60)
  void aMillionDeepChainNeedsNoStack() {
    int n = 1_000_000;
    List<Integer> nodes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      nodes.add(i);
    }
    assertEquals(Optional.empty(), Graphs.cycle(nodes, i -> i + 1 < n ? List.of(i + 1) : List.of()));
    assertEquals(Optional.of(0), Graphs.cycle(nodes, i -> List.of((i + 1) % n)));
  }
}
