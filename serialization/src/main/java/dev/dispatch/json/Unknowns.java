package dev.dispatch.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The unknown properties a preserving read kept, in a tree of key tokens: one node per token of
 * the objects' keys ({@code /figures/@f1/attributions/0/1} is five), shared by every key that
 * passes through it, so that memory stays proportional to the document however deep its objects
 * nest. (Keys as strings, one per object, cost the depth of each object again: twenty thousand
 * links thirty parts deep took 13 million chars of keys for an 800 KB document.) The key format is
 * described on {@link Preserved}; {@link #asMap()} shows the tree as that map of keys, computing
 * each key only as it is asked for. Built by {@link ReadState}, then never changed: immutable once
 * a {@link Preserved} holds it.
 */
final class Unknowns {
  /** No unknown property. */
  static final Unknowns NONE = new Unknowns();

  /** One token of a key; the root's token is empty. */
  static final class Node {
    private final @Nullable Node parent;
    private final String token;
    private @Nullable Map<String, Node> children;
    /** Name to JSON text, in document order; null while the object kept none. */
    private @Nullable Map<String, String> properties;

    private Node(@Nullable Node parent, String token) {
      this.parent = parent;
      this.token = token;
    }

    /** The child with this token, made if need be. */
    Node child(String token) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(token, t -> new Node(this, t));
    }

    /** The child with this token, or null. */
    @Nullable Node find(String token) {
      return children == null ? null : children.get(token);
    }

    /** The unknown properties kept for this object, or null. */
    @Nullable Map<String, String> properties() {
      return properties;
    }

    /** The object's key, computed from the tokens up to the root. */
    String key() {
      List<String> tokens = new ArrayList<>();
      for (Node n = this; n != null && n.parent != null; n = n.parent) {
        tokens.add(n.token);
      }
      StringBuilder s = new StringBuilder();
      for (int i = tokens.size() - 1; i >= 0; i--) {
        s.append('/').append(tokens.get(i));
      }
      return s.toString();
    }
  }

  private final Node root = new Node(null, "");
  /** The nodes that kept properties, in the order of their first one. */
  private final List<Node> kept = new ArrayList<>();

  /** The root object's node. */
  Node root() {
    return root;
  }

  /** The node of a key segment below {@code from}: {@code "/prisoners/@p1"} is two tokens. */
  static Node child(Node from, String segment) {
    Node n = from;
    int start = 1;
    while (start <= segment.length()) {
      int end = segment.indexOf('/', start);
      if (end < 0) {
        end = segment.length();
      }
      n = n.child(segment.substring(start, end));
      start = end + 1;
    }
    return n;
  }

  /** As {@link #child}, without making nodes: null if no kept property lies below. */
  static @Nullable Node find(@Nullable Node from, String segment) {
    Node n = from;
    int start = 1;
    while (n != null && start <= segment.length()) {
      int end = segment.indexOf('/', start);
      if (end < 0) {
        end = segment.length();
      }
      n = n.find(segment.substring(start, end));
      start = end + 1;
    }
    return n;
  }

  /** Keeps an unknown property of the object at {@code node}. */
  void put(Node node, String name, String json) {
    if (node.properties == null) {
      node.properties = new LinkedHashMap<>(4);
      kept.add(node);
    }
    node.properties.put(name, json);
  }

  boolean isEmpty() {
    return kept.isEmpty();
  }

  /** How many objects kept unknown properties. */
  int size() {
    return kept.size();
  }

  /**
   * The unknown properties as {@link Preserved#unknown()} shows them: object key, then property
   * name, then JSON text, in document order. A view: keys are computed as they are iterated, a
   * look-up walks the tree. Unmodifiable.
   */
  Map<String, Map<String, String>> asMap() {
    return new AbstractMap<>() {
      @Override
      public Set<Entry<String, Map<String, String>>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<Entry<String, Map<String, String>>> iterator() {
            Iterator<Node> nodes = kept.iterator();
            return new Iterator<>() {
              @Override
              public boolean hasNext() {
                return nodes.hasNext();
              }

              @Override
              public Entry<String, Map<String, String>> next() {
                Node n = nodes.next();
                return new SimpleImmutableEntry<>(n.key(), view(n));
              }
            };
          }

          @Override
          public int size() {
            return kept.size();
          }
        };
      }

      @Override
      public int size() {
        return kept.size();
      }

      @Override
      public boolean containsKey(@Nullable Object key) {
        return get(key) != null;
      }

      @Override
      public @Nullable Map<String, String> get(@Nullable Object key) {
        if (!(key instanceof String k) || !(k.isEmpty() || k.startsWith("/"))) {
          return null;
        }
        Node n = find(root, k);
        return n == null || n.properties == null ? null : view(n);
      }
    };
  }

  private static Map<String, String> view(Node n) {
    Map<String, String> properties = n.properties;
    return properties == null ? Map.of() : Collections.unmodifiableMap(properties);
  }
}
