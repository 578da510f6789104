package dev.dispatch.json;

import dev.dispatch.report.Report;
import java.util.Map;
import java.util.Objects;

/**
 * A value read together with the properties the reader did not know, so that writing it back
 * in the {@linkplain View#INTERNAL internal view} loses nothing: a pipeline on an older Dispatch
 * does not strip fields a newer one added. The {@linkplain View#PUBLIC public view} writes no
 * unknown property: one may hold protected data that this version cannot recognise.
 *
 * <p><b>Keys.</b> Unknown properties are kept by the key of the object that held them and written
 * back, after the known ones, into the object with the same key. A key is the object's JSON
 * Pointer (RFC 6901) with one change: an array element that declares an id (a place, party,
 * source, person, event, statement, figure or prisoner) is named {@code @} and its id instead of
 * its index. So the unknown properties of the particulars of the prisoner with id {@code p2} are
 * under {@code /prisoners/@p2/particulars}, those of the root under {@code ""}, those of the first
 * update (updates have no id) under {@code /updates/0}, and those of the second link of the first
 * attribution of figure {@code f1} (an array in an array: every index is kept) under
 * {@code /figures/@f1/attributions/0/1}. An element keeps its own unknown
 * properties when the list is reordered, and one that is removed takes them with it; elements
 * without an id are matched by index. {@code @} cannot begin an id or an index, so keys are
 * unambiguous.
 *
 * <p><b>Values.</b> Each unknown property's value is its exact JSON text, with two
 * normalisations: whitespace between tokens is dropped, and strings are re-escaped (only
 * {@code "}, {@code \}, control characters and lone surrogates are escaped, the latter two as
 * {@code \}{@code uXXXX} where JSON has no short escape, so an escaped {@code é} comes back
 * unescaped). Numbers keep their text ({@code 1e400}, {@code -0.0}, thirty digits), and the
 * order of properties is kept. Immutable.
 *
 * @param <T> the value's type
 */
public final class Preserved<T> {
  private final T value;
  private final Unknowns unknown;

  Preserved(T value, Unknowns unknown) {
    this.value = Objects.requireNonNull(value, "value must not be null");
    this.unknown = unknown;
  }

  /** The value read. */
  public T value() {
    return value;
  }

  /**
   * The unknown properties: object key (see above), then property name, then the property's JSON
   * text, in document order. Unmodifiable. The keys are kept as a tree of their parts, shared by
   * the objects below each other, and this map computes each key as it is iterated, so that what a
   * preserved value holds stays proportional to its document however deep its objects nest.
   */
  public Map<String, Map<String, String>> unknown() {
    return unknown.asMap();
  }

  /** The unknown properties as the writer walks them. */
  Unknowns unknowns() {
    return unknown;
  }

  /**
   * The same unknown properties with another value, for example an edited copy. They stay what
   * they were: a value redacted this way still carries unknown properties that the internal view
   * writes back, and that may hold protected data; {@link #redacted()} drops them.
   */
  public <U> Preserved<U> with(U newValue) {
    return new Preserved<>(newValue, unknown);
  }

  /**
   * The public view of this value, as a value to hand on: a {@link Report} redacted
   * ({@link Report#redacted()}: every known protected value withheld), and no unknown property,
   * since one may hold protected data this version cannot recognise. Writing it in either view
   * writes what {@link DispatchJson#write(Preserved, View)} writes for this one in the public view,
   * and neither its {@link #unknown()} nor its {@link #toString()} holds anything that view leaves
   * out. A value of another type (given with {@link #with}) is the caller's own and is kept as it is.
   *
   * @return a preserved value safe to publish
   */
  @SuppressWarnings("unchecked")
  public Preserved<T> redacted() {
    T shown = value instanceof Report report ? (T) report.redacted() : value;
    return new Preserved<>(shown, Unknowns.NONE);
  }

  /**
   * The value's own {@code toString} (a report's never shows a protected value) and a count of the
   * objects with unknown properties, never the properties: unknown JSON may hold anything, even
   * protected data from a newer format.
   */
  @Override
  public String toString() {
    return "Preserved[" + value + ", unknown properties at " + unknown.size() + " objects]";
  }
}
