package dev.dispatch.json;

import java.util.ArrayList;
import java.util.List;
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
  private final boolean keyed;
  private final Unknowns.Node root;
  /** Each open object's node in the tree of kept properties, or {@link #NONE} when nothing is kept below it. */
  private final List<Unknowns.Node> nodes = new ArrayList<>();
  private static final Unknowns.Node NONE = new Unknowns().root();
  /** The nesting depth of the value's own object, once it is entered (see {@link Pointers}). */
  private int from = -1;

  /**
   * Whether every table is written by its loop over the rows even where it has a hand-written
   * {@link Table.Writer}: for the test that holds the writers to the loop.
   */
  final boolean byRows;

  WriteState(View view, Unknowns unknown) {
    this(view, unknown, false);
  }

  WriteState(View view, Unknowns unknown, boolean byRows) {
    this.view = view;
    this.byRows = byRows;
    this.keyed = view == View.INTERNAL && !unknown.isEmpty();
    this.root = unknown.root();
  }

  /** Whether objects have keys to compute: only then does {@link #enter} need the object's id. */
  boolean keyed() {
    return keyed;
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
      Unknowns.Node node;
      if (parent == null || parent.inRoot() || nodes.isEmpty()) {
        node = root;
      } else {
        Unknowns.Node outer = nodes.get(nodes.size() - 1);
        Unknowns.Node found = outer == NONE ? null : Unknowns.find(outer, ReadState.Position.of(context).segment(id));
        node = found == null ? NONE : found;
      }
      nodes.add(node);
    }
  }

  /**
   * Whether unknown properties are kept inside the object that the open object's property
   * {@code name} holds. A value equal to its default is then written all the same, since it
   * carries them: an identity with nothing known but an unknown property read inside it.
   */
  boolean keepsUnder(String name) {
    if (!keyed || nodes.isEmpty()) {
      return false;
    }
    Unknowns.Node outer = nodes.get(nodes.size() - 1);
    return outer != NONE && Unknowns.find(outer, "/" + ReadState.Position.escape(name)) != null;
  }

  /** The JSON Pointer of the generator's place, showing only names the format defines ({@link Pointers}). */
  String pointer(JsonGenerator g) {
    TokenStreamContext context = g.streamWriteContext();
    return Pointers.of(context, from < 0 ? context.getNestingDepth() + 1 : from);
  }

  /** Writes back the unknown properties kept for this object, then ends it. */
  void end(JsonGenerator g) {
    if (keyed) {
      Map<String, String> extra = nodes.remove(nodes.size() - 1).properties();
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
