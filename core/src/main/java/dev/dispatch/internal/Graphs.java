package dev.dispatch.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks over the graphs a report holds by id: organisations' parents, collectives' members, and
 * any later relation of the same shape (places within places, parties allied with parties).
 *
 * <p>A graph is given as its nodes and a function from a node to its successors' ids. Every check
 * here is <b>iterative</b> (an explicit stack, never recursion, so no input can overflow the
 * thread's stack) and <b>linear</b> in nodes plus edges (each node is finished once and never
 * walked again). A successor that is not among the nodes, such as a dangling reference, is a
 * sink: the reference check reports it, not these.
 */
public final class Graphs {
  private Graphs() {}

  private static final Integer GREY = 1;
  private static final Integer BLACK = 2;

  /**
   * A node that lies on a cycle, if the graph has one. Depth-first search with white, grey and
   * black colouring: a node is grey while its descendants are being visited and black once they
   * all are; reaching a grey node again closes a cycle. Searches start from each node in the
   * iteration order of {@code nodes}, so the answer is deterministic.
   *
   * @param nodes every node of the graph
   * @param successors a node's successors; only called for members of {@code nodes}
   * @param <K> the node type (an id), with value equality
   * @return the first node found to close a cycle, or empty if the graph is acyclic
   */
  public static <K> Optional<K> cycle(Collection<? extends K> nodes,
      Function<? super K, ? extends Iterable<? extends K>> successors) {
    Set<K> members = new LinkedHashSet<>(nodes);
    Map<K, Integer> colour = new HashMap<>();
    Deque<Visit<K>> stack = new ArrayDeque<>();
    for (K root : members) {
      if (colour.containsKey(root)) {
        continue;
      }
      colour.put(root, GREY);
      stack.push(new Visit<>(root, successors.apply(root).iterator()));
      while (!stack.isEmpty()) {
        Visit<K> top = stack.peek();
        if (!top.next.hasNext()) {
          colour.put(top.node, BLACK);
          stack.pop();
          continue;
        }
        K next = top.next.next();
        if (!members.contains(next)) {
          continue;
        }
        Integer c = colour.get(next);
        if (c == null) {
          colour.put(next, GREY);
          stack.push(new Visit<>(next, successors.apply(next).iterator()));
        } else if (c.equals(GREY)) {
          return Optional.of(next);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The nodes reachable from {@code start} (itself included), in breadth-first order. Linear in
   * the nodes and edges reached; iterative.
   *
   * @param start where to start
   * @param successors a node's successors
   * @param <K> the node type (an id), with value equality
   * @return the reachable nodes, {@code start} first
   */
  public static <K> Set<K> reachable(K start, Function<? super K, ? extends Iterable<? extends K>> successors) {
    Set<K> seen = new LinkedHashSet<>();
    Deque<K> queue = new ArrayDeque<>();
    seen.add(start);
    queue.add(start);
    while (!queue.isEmpty()) {
      for (K next : successors.apply(queue.poll())) {
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return seen;
  }

  /** A node on the explicit stack, with the successors still to visit. */
  private record Visit<K>(K node, Iterator<? extends K> next) {}
}
