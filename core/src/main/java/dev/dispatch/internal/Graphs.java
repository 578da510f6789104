package dev.dispatch.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Graph checks over a report's elements, in time and memory linear in nodes plus edges and
 * without recursion: a report's references are input, and input must not choose the depth of the
 * call stack (a 20,000-link chain) nor make a check exponential (collectives that each list the
 * previous two).
 */
public final class Graphs {
  private Graphs() {}

  private static final int WHITE = 0;
  private static final int GREY = 1;
  private static final int BLACK = 2;

  /**
   * Finds a cycle in a directed graph, by iterative depth-first search with three colours: each
   * node is entered once and left once, each edge followed once.
   *
   * @param nodes the nodes, in the order to start searches from
   * @param successors each node's successors; a successor that is not in {@code nodes} is ignored
   *     (references are resolved separately)
   * @return a node on a cycle, the first found; empty when the graph is acyclic
   * @param <N> the node type, with value equality
   */
  public static <N> Optional<N> cycle(List<N> nodes, Function<N, List<N>> successors) {
    Map<N, Integer> colour = new HashMap<>(nodes.size() * 2);
    for (N node : nodes) {
      colour.put(node, WHITE);
    }
    Deque<Frame<N>> stack = new ArrayDeque<>();
    for (N root : nodes) {
      if (colour.getOrDefault(root, WHITE) != WHITE) {
        continue;
      }
      colour.put(root, GREY);
      stack.push(new Frame<>(root, successors.apply(root)));
      while (!stack.isEmpty()) {
        Frame<N> top = stack.peek();
        if (top.next < top.successors.size()) {
          N next = top.successors.get(top.next++);
          Integer c = colour.get(next);
          if (c == null || c == BLACK) {
            continue;
          }
          if (c == GREY) {
            return Optional.of(next);
          }
          colour.put(next, GREY);
          stack.push(new Frame<>(next, successors.apply(next)));
        } else {
          colour.put(top.node, BLACK);
          stack.pop();
        }
      }
    }
    return Optional.empty();
  }

  /** One node on the explicit stack, with the index of the next successor to visit. */
  private static final class Frame<N> {
    final N node;
    final List<N> successors;
    int next;

    Frame(N node, List<N> successors) {
      this.node = node;
      this.successors = successors;
    }
  }

  /** A node's only successor as a list: for relations such as "parent" and "within". */
  public static <N> List<N> one(Optional<N> successor) {
    return successor.map(Collections::singletonList).orElse(Collections.emptyList());
  }

  /** Concatenates lists of successors without copying when one is empty. */
  public static <N> List<N> both(List<N> a, List<N> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    List<N> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
