package dev.dispatch.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A closed union of objects told apart by a discriminator property ({@code "type"} of a source, a
 * facet, a figure relation or a timeframe; {@code "state"} of a protected value): one {@link Table}
 * per variant, all filling the same
 * accumulator. The discriminator may stand anywhere in the object. Reading takes every property
 * by name from the variants' tables, then checks, once the discriminator is known, that the
 * object holds only its variant's properties and all of its required ones; the variant's table
 * then finishes the value.
 *
 * <p>A property name that several variants share (a source's {@code "name"}) is read by the first
 * variant's row: such rows must use the same codec instance and fill the same accumulator field,
 * which {@link #Union} checks for the codec. Written: the discriminator first, then the variant's
 * rows. Immutable and thread-safe once built.
 *
 * @param <T> the union's model type
 * @param <A> the accumulator every variant fills
 */
final class Union<T, A> extends Codec<T> {

  /** One variant: its discriminator value, its model class, its table. */
  record Variant<T, A>(String tag, SerializedString wire, Predicate<? super T> matches, Table<? extends T, A> table,
      long allowed, long required) {}

  private final String what;
  private final String discriminator;
  /** The discriminator's name, encoded once (see {@link Table.Row#wire}). */
  private final SerializedString discriminatorWire;
  private final Supplier<A> start;
  private final List<Variant<T, A>> variants;
  /** The variants by discriminator value, looked up by the chars the parser holds. */
  private final Constants<Variant<T, A>> tagged;
  private final List<Table.Row<?, A, ?>> rows = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  /** The rows' names by index, then the discriminator's (see {@link Table#matcher}). */
  private final PropertyNameMatcher matcher;
  private final String tags;
  private final String known;

  /** A variant as declared: its discriminator value, which values it writes, its table. */
  record Spec<T, A>(String tag, Predicate<? super T> matches, Table<? extends T, A> table) {}

  /** A variant for {@link #Union}: the values of a model subclass. */
  static <T, A> Spec<T, A> variant(String tag, Class<? extends T> type, Table<? extends T, A> table) {
    return new Spec<>(tag, type::isInstance, table);
  }

  /** A variant for {@link #Union}: the values that match, where the model has no subclass per variant. */
  static <T, A> Spec<T, A> variant(String tag, Predicate<? super T> matches, Table<? extends T, A> table) {
    return new Spec<>(tag, matches, table);
  }

  /**
   * A union.
   *
   * @param what the object as an error names it: "a source"
   * @param discriminator the property that names the variant
   * @param start a fresh accumulator
   * @param specs the variants, in the order they are tried when writing
   */
  Union(String what, String discriminator, Supplier<A> start, List<Spec<T, A>> specs) {
    this.what = what;
    this.discriminator = discriminator;
    this.discriminatorWire = new SerializedString(discriminator);
    this.start = start;
    List<Variant<T, A>> list = new ArrayList<>();
    Map<String, Variant<T, A>> byTag = new HashMap<>();
    for (Spec<T, A> spec : specs) {
      long allowed = 0;
      long required = 0;
      for (Table.Row<? extends T, A, ?> row : spec.table().rows()) {
        Integer i = index.get(row.name());
        if (i == null) {
          i = rows.size();
          index.put(row.name(), i);
          rows.add(row);
        } else if (rows.get(i).codec() != row.codec()) {
          throw new IllegalStateException(what + ": variants read \"" + row.name() + "\" with different codecs");
        }
        allowed |= 1L << i;
        if (row.required()) {
          required |= 1L << i;
        }
      }
      Variant<T, A> v = new Variant<>(spec.tag(), new SerializedString(spec.tag()), spec.matches(), spec.table(),
          allowed, required);
      list.add(v);
      byTag.put(v.tag(), v);
    }
    if (rows.size() > 63) {
      throw new IllegalStateException(what + ": a union holds at most 63 properties");
    }
    this.variants = List.copyOf(list);
    this.tagged = new Constants<>(byTag);
    List<String> names = new ArrayList<>(rows.stream().map(Table.Row::name).toList());
    names.add(discriminator);
    this.matcher = Table.matcher(names);
    this.tags = list.stream().map(Variant::tag).toList().toString();
    this.known = discriminator + ", " + String.join(", ", index.keySet().stream().sorted().toList());
  }

  @Override
  public void write(T value, JsonGenerator g, WriteState w) {
    Variant<T, A> v = variantOf(value);
    g.writeStartObject();
    w.enter(g, w.keyed() ? idOf(v, value) : null);
    g.writeName(discriminatorWire);
    g.writeString(v.wire());
    writeRows(v, value, g, w);
    w.end(g);
  }

  private Variant<T, A> variantOf(T value) {
    for (Variant<T, A> v : variants) {
      if (v.matches().test(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(what + ": no variant for " + value.getClass().getName());
  }

  @SuppressWarnings("unchecked")
  private static <V, A> @Nullable String idOf(Variant<?, A> v, Object value) {
    return ((Table<V, A>) v.table()).idOf((V) value);
  }

  @SuppressWarnings("unchecked")
  private static <V, A> void writeRows(Variant<?, A> v, Object value, JsonGenerator g, WriteState w) {
    ((Table<V, A>) v.table()).writeRows((V) value, g, w);
  }

  @Override
  public T read(JsonParser p, ReadState r) {
    r.startObject(p, what);
    A accumulator = start.get();
    @Nullable Variant<T, A> variant = null;
    long seen = 0;
    for (int i; (i = p.nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT; ) {
      if (i == rows.size()) {
        if (variant != null) {
          throw r.duplicate(p, discriminator);
        }
        p.nextToken();
        r.stringToken(p);
        variant = tagged.get(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (variant == null) {
          throw ReadState.error(p, r.pointer(p), "one of " + tags, ReadState.NONE_OF_THEM, null);
        }
      } else if (i < 0) {
        r.unknown(p, p.currentName(), known);
      } else {
        long bit = 1L << i;
        if ((seen & bit) != 0) {
          throw r.duplicate(p, p.currentName());
        }
        p.nextToken();
        read(rows.get(i), p, r, accumulator);
        seen |= bit;
      }
    }
    if (variant == null) {
      throw r.missing(p, discriminator);
    }
    Variant<T, A> v = variant;
    long foreign = seen & ~v.allowed();
    if (foreign != 0) {
      String name = rows.get(Long.numberOfTrailingZeros(foreign)).name();
      throw ReadState.error(p, r.pointer(p) + "/" + name, "only the properties of " + v.table().what() + " ["
          + discriminator + ", " + v.table().known() + "]", "\"" + name + "\"", null);
    }
    long missing = v.required() & ~seen;
    if (missing != 0) {
      throw r.missing(p, rows.get(Long.numberOfTrailingZeros(missing)).name());
    }
    r.endObject();
    return r.build(p, () -> v.table().finish(accumulator, r));
  }

  /** The discriminator's name. */
  String discriminator() {
    return discriminator;
  }

  /** Each variant's table by its discriminator value, in declaration order. */
  Map<String, Table<? extends T, A>> variants() {
    Map<String, Table<? extends T, A>> all = new java.util.LinkedHashMap<>();
    variants.forEach(v -> all.put(v.tag(), v.table()));
    return all;
  }

  @SuppressWarnings("unchecked")
  private static <A, V> void read(Table.Row<?, A, V> row, JsonParser p, ReadState r, A accumulator) {
    ((Table.Row<Object, A, V>) row).read(p, r, accumulator);
  }
}
