package dev.dispatch.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;

/**
 * The state of one write: the view, and the unknown properties to write back. One instance per
 * document (or per value on the mapper path); not thread-safe.
 *
 * <p>Every object a codec writes goes through {@link #enter} after its start and {@link #end}
 * instead of its end. {@code enter} refuses to nest deeper than {@link Limits#MAX_NESTING_DEPTH}
 * (writing recurses once per level, so this bounds the stack whatever the generator allows) and,
 * when there are unknown properties to write back, computes the object's key the way
 * {@link ReadState} does (see {@link Preserved}); {@code end} writes the unknown properties kept
 * under that key, after the known ones. The {@linkplain View#PUBLIC public view} writes no unknown
 * property at all: an unknown property may hold protected data the reader could not recognise.
 */
final class WriteState {
  final View view;
  private final Map<String, Map<String, String>> unknown;
  private final boolean keyed;
  private final Deque<String> keys = new ArrayDeque<>();
  /** The nesting depth of the value's own object, once it is entered (see {@link Pointers}). */
  private int from = -1;

  WriteState(View view, Map<String, Map<String, String>> unknown) {
    this.view = view;
    this.keyed = view == View.INTERNAL && !unknown.isEmpty();
    this.unknown = keyed ? unknown : Map.of();
  }

  /**
   * Called right after an object's start.
   *
   * @param id the id the object declares, or null
   */
  void enter(JsonGenerator g, @Nullable String id) {
    TokenStreamContext context = g.streamWriteContext();
    if (from < 0) {
      from = context.getNestingDepth();
    }
    if (context.getNestingDepth() > Limits.MAX_NESTING_DEPTH) {
      throw new DispatchJsonException(pointer(g), "a report whose JSON nests at most "
          + Limits.MAX_NESTING_DEPTH + " deep", "a deeper one", -1, -1, null);
    }
    if (keyed) {
      TokenStreamContext parent = context.getParent();
      String outer = keys.peek();
      keys.push(parent == null || parent.inRoot() || outer == null ? ""
          : outer + ReadState.Position.of(context).segment(id));
    }
  }

  /** The JSON Pointer of the generator's place, showing only names the format defines ({@link Pointers}). */
  String pointer(JsonGenerator g) {
    TokenStreamContext context = g.streamWriteContext();
    return Pointers.of(context, from < 0 ? context.getNestingDepth() + 1 : from);
  }

  /** Writes back the unknown properties kept for this object, then ends it. */
  void end(JsonGenerator g) {
    if (keyed) {
      Map<String, String> extra = unknown.get(keys.pop());
      if (extra != null) {
        for (Map.Entry<String, String> e : extra.entrySet()) {
          g.writeName(e.getKey());
          g.writeRawValue(e.getValue());
        }
      }
    }
    g.writeEndObject();
  }
}
