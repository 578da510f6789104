package dev.dispatch.json;

import dev.dispatch.id.Id;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * A property table: the one place where a codec names the properties of one JSON object. Each
 * row says the property's wire name, how to get its value from the model for writing, its codec,
 * and where the reader puts the value in an accumulator {@code A} (the model's builder, or a small
 * mutable class when the model has none). From that one table come:
 * <ul>
 *   <li>writing: rows in table order, each only when it says something (the omission rule of
 *       wire format v1: absent optional values, empty arrays and values equal to their default
 *       are omitted), then the object's preserved unknown properties ({@link WriteState#end});
 *   <li>reading: properties in any order, each at most once (a bit per row); a name not in
 *       the table is unknown ({@link ReadState#unknown}: an error, or kept when preserving);
 *       required rows are checked at the object's end; then {@code finish} turns the accumulator
 *       into the model value, a broken invariant becoming an error at the object
 *       ({@link ReadState#build});
 *   <li>the list of known names that an unknown-property error quotes, and that the tests compare
 *       with the JSON Schema ({@link #names()}).
 * </ul>
 *
 * <p>Kinds of row: {@link Builder#required required} (always written; an error when missing),
 * {@link Builder#byDefault byDefault} (written unless equal to its default; the accumulator's
 * default when missing), {@link Builder#optional optional} (written when present),
 * {@link Builder#list list} (an array, written when not empty, each element added as it is read)
 * and {@link Builder#enumSet enumSet} (an array of enum constants, written in declaration order,
 * each at most once). A row whose codec {@linkplain Codec#declare declares an id} makes the object
 * an element with an id: its preserved unknown properties, and those of everything inside it, are
 * keyed by that id.
 *
 * <p>A table that most reports hold many of may also be {@linkplain Builder#writtenBy written by
 * hand}: the loop over the rows calls each row's getter and codec through one call site shared by
 * every table, an indirect call whose target changes at every row, which cost about a fifth of a
 * write.
 * A {@link Writer} calls the model's accessors and the codecs directly, under the names the table
 * gives it ({@link Names}); it must write exactly what the loop writes, which
 * {@code HandWrittenWritersTest} checks byte for byte over generated reports, in both views and
 * with preserved unknown properties. The loop stays the definition.
 *
 * <p>Reading recurses once per JSON nesting level; {@link ReadState#startObject} and
 * {@link WriteState#enter} bound that depth by {@link Limits#MAX_NESTING_DEPTH} before recursing.
 * Immutable and thread-safe once built.
 *
 * @param <T> the model type
 * @param <A> the accumulator the reader fills
 */
final class Table<T, A> extends Codec<T> {

  /** Turns a filled accumulator into the model value; may throw IllegalArgumentException. */
  interface Finish<A, T> {
    T apply(A accumulator, ReadState r);
  }

  private enum Kind { REQUIRED, DEFAULTED, OPTIONAL, LIST, SET }

  /**
   * A table's rows written by hand, in table order and by the omission rule of the loop it stands
   * for (see the class comment): the properties only, between the start and the end the table
   * writes.
   */
  interface Writer<T> {
    void rows(T value, JsonGenerator g, WriteState w);
  }

  /** A table's property names, encoded once, for its {@link Writer}. */
  interface Names {
    /** The name of the row {@code name}; an IllegalStateException if the table has none. */
    SerializedString of(String name);
  }

  /**
   * One row. {@code get} returns V (required, defaulted), Optional&lt;V&gt; (optional) or
   * Collection&lt;V&gt; (list, set) by kind; {@code byDefault} is the value a defaulted row omits.
   */
  record Row<T, A, V>(String name, SerializedString wire, Kind kind, boolean required, Function<T, ?> get,
      Codec<V> codec, BiConsumer<A, V> set, @Nullable Object byDefault) {

    Row(String name, Kind kind, boolean required, Function<T, ?> get, Codec<V> codec, BiConsumer<A, V> set,
        @Nullable Object byDefault) {
      // The name as quoted UTF-8 bytes, encoded once: the generator copies them instead of escaping
      // and encoding the name again at every object, which was most of the cost of writing names.
      this(name, new SerializedString(name), kind, required, get, codec, set, byDefault);
    }

    /** Whether the property's value is an array of the codec's values (a list or a set row). */
    boolean isArray() {
      return kind == Kind.LIST || kind == Kind.SET;
    }

    /** A set row's values in declaration order, which equal sets share: an EnumSet iterates in that order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <V> Collection<V> sorted(Collection<V> values) {
      return (Collection<V>) EnumSet.copyOf((Collection) values);
    }

    @SuppressWarnings("unchecked")
    void write(T value, JsonGenerator g, WriteState w) {
      Object got = get.apply(value);
      switch (kind) {
        case OPTIONAL -> {
          Optional<V> present = (Optional<V>) got;
          if (present.isPresent()) {
            g.writeName(wire);
            codec.write(present.get(), g, w);
          }
        }
        case LIST, SET -> {
          Collection<V> values = (Collection<V>) got;
          if (!values.isEmpty()) {
            g.writeName(wire);
            g.writeStartArray();
            for (V v : kind == Kind.SET ? sorted(values) : values) {
              codec.write(v, g, w);
            }
            g.writeEndArray();
          }
        }
        case DEFAULTED -> {
          if (!got.equals(byDefault) || w.keepsUnder(name)) {
            g.writeName(wire);
            codec.write((V) got, g, w);
          }
        }
        case REQUIRED -> {
          g.writeName(wire);
          codec.write((V) got, g, w);
        }
      }
    }

    void read(JsonParser p, ReadState r, A accumulator) {
      switch (kind) {
        case LIST -> r.each(p, name, codec, v -> set.accept(accumulator, v));
        case SET -> {
          Set<V> seen = new HashSet<>();
          r.each(p, name, codec, v -> {
            if (!seen.add(v)) {
              throw ReadState.error(p, r.pointer(p), "each value at most once (a set)",
                  "a value given before", null);
            }
            set.accept(accumulator, v);
          });
        }
        default -> set.accept(accumulator, codec.read(p, r));
      }
    }
  }

  private final String what;
  private final Supplier<A> start;
  private final Finish<A, T> finish;
  private final List<Row<T, A, ?>> rows;
  /** The same rows in an array: the loops of writing and reading index it without an iterator. */
  private final Row<T, A, ?>[] array;
  /**
   * The rows' names, matched by the parser against the name's bytes as it reads them (what
   * Jackson's own bean deserializers do), instead of a String made and then looked up.
   */
  private final PropertyNameMatcher matcher;
  private final long required;
  private final @Nullable Row<T, A, ?> id;
  private final String known;
  private final @Nullable Writer<T> writer;

  private Table(String what, Supplier<A> start, Finish<A, T> finish, List<Row<T, A, ?>> rows,
      @Nullable Function<Names, Writer<T>> writer) {
    if (rows.size() > 63) {
      throw new IllegalStateException(what + ": a table holds at most 63 properties");
    }
    this.what = what;
    this.start = start;
    this.finish = finish;
    this.rows = List.copyOf(rows);
    this.array = rowArray(this.rows);
    Map<String, Integer> byName = new HashMap<>();
    long req = 0;
    Row<T, A, ?> declared = null;
    for (int i = 0; i < rows.size(); i++) {
      Row<T, A, ?> row = rows.get(i);
      if (byName.put(row.name(), i) != null) {
        throw new IllegalStateException(what + ": property \"" + row.name() + "\" twice in its table");
      }
      if (row.required()) {
        req |= 1L << i;
      }
      if (row.codec().declaresId()) {
        declared = row;
      }
    }
    this.matcher = matcher(names(rows));
    this.required = req;
    this.id = declared;
    this.known = rows.stream().map(Row::name).collect(Collectors.joining(", "));
    this.writer = writer == null ? null : writer.apply(name -> {
      Integer i = byName.get(name);
      if (i == null) {
        throw new IllegalStateException(what + ": its writer names \"" + name + "\", which is not in its table");
      }
      return this.rows.get(i).wire();
    });
  }

  /**
   * Starts a table.
   *
   * @param what the object as an error names it: "a figure"
   * @param start a fresh accumulator
   * @param finish the model value from a filled accumulator
   */
  static <T, A> Builder<T, A> of(String what, Supplier<A> start, Finish<A, T> finish) {
    return new Builder<>(what, start, finish);
  }

  /** As {@link #of(String, Supplier, Finish)} for a finish that needs no read state (most). */
  static <T, A> Builder<T, A> of(String what, Supplier<A> start, Function<A, T> finish) {
    return new Builder<>(what, start, (a, r) -> finish.apply(a));
  }

  /** Builds a table row by row, in writing order. */
  static final class Builder<T, A> {
    private final String what;
    private final Supplier<A> start;
    private final Finish<A, T> finish;
    private final List<Row<T, A, ?>> rows = new ArrayList<>();
    private @Nullable Function<Names, Writer<T>> writer;

    private Builder(String what, Supplier<A> start, Finish<A, T> finish) {
      this.what = what;
      this.start = start;
      this.finish = finish;
    }

    /** Always written; reading fails without it. */
    <V> Builder<T, A> required(String name, Function<T, V> get, Codec<V> codec, BiConsumer<A, V> set) {
      rows.add(new Row<>(name, Kind.REQUIRED, true, get, codec, set, null));
      return this;
    }

    /**
     * Written unless the value equals {@code byDefault}; when missing on read, the accumulator
     * keeps its own default, which must be the same value.
     */
    <V> Builder<T, A> byDefault(String name, Function<T, V> get, V byDefault, Codec<V> codec, BiConsumer<A, V> set) {
      rows.add(new Row<>(name, Kind.DEFAULTED, false, get, codec, set, Objects.requireNonNull(byDefault)));
      return this;
    }

    /** Written when present. */
    <V> Builder<T, A> optional(String name, Function<T, Optional<V>> get, Codec<V> codec, BiConsumer<A, V> set) {
      rows.add(new Row<>(name, Kind.OPTIONAL, false, get, codec, set, null));
      return this;
    }

    /** An integer written when present. */
    Builder<T, A> optionalLong(String name, Function<T, OptionalLong> get, BiConsumer<A, Long> set) {
      Function<T, Optional<Long>> boxed = t -> {
        OptionalLong v = get.apply(t);
        return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
      };
      return optional(name, boxed, Codec.INTEGER, set);
    }

    /** An array, written when not empty; each element read is handed to {@code add}. */
    <V> Builder<T, A> list(String name, Function<T, ? extends Collection<V>> get, Codec<V> codec,
        BiConsumer<A, V> add) {
      rows.add(new Row<>(name, Kind.LIST, false, get, codec, add, null));
      return this;
    }

    /** As {@link #list}, and reading fails without it. */
    <V> Builder<T, A> requiredList(String name, Function<T, ? extends Collection<V>> get, Codec<V> codec,
        BiConsumer<A, V> add) {
      rows.add(new Row<>(name, Kind.LIST, true, get, codec, add, null));
      return this;
    }

    /**
     * A set of enum constants: an array written when not empty, in declaration order (so that equal
     * sets are written alike); reading fails on a constant given twice.
     */
    <E extends Enum<E>> Builder<T, A> enumSet(String name, Function<T, ? extends Collection<E>> get, Class<E> type,
        BiConsumer<A, E> add) {
      rows.add(new Row<>(name, Kind.SET, false, get, Codec.enumeration(type), add, null));
      return this;
    }

    /** As {@link #enumSet}, and reading fails without it. */
    <E extends Enum<E>> Builder<T, A> requiredEnumSet(String name, Function<T, ? extends Collection<E>> get,
        Class<E> type, BiConsumer<A, E> add) {
      rows.add(new Row<>(name, Kind.SET, true, get, Codec.enumeration(type), add, null));
      return this;
    }

    /** Rows written by the {@link Writer} that {@code writer} makes from the table's names. */
    Builder<T, A> writtenBy(Function<Names, Writer<T>> writer) {
      this.writer = writer;
      return this;
    }

    Table<T, A> build() {
      return new Table<>(what, start, finish, rows, writer);
    }
  }

  // --- writing ---------------------------------------------------------------------------

  @Override
  public void write(T value, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    w.enter(g, w.keyed() ? idOf(value) : null);
    writeRows(value, g, w);
    w.end(g);
  }

  /** The rows only, for a {@link Union} that has written the start and the discriminator. */
  void writeRows(T value, JsonGenerator g, WriteState w) {
    Writer<T> hand = writer;
    if (hand != null && !w.byRows) {
      hand.rows(value, g, w);
      return;
    }
    Row<T, A, ?>[] all = array;
    for (int i = 0; i < all.length; i++) {
      all[i].write(value, g, w);
    }
  }

  // The writers' steps: small enough to be inlined into each writer, where the codec, a constant,
  // is called directly.

  /** A property always written. */
  static <V> void required(JsonGenerator g, SerializedString name, V value, Codec<V> codec, WriteState w) {
    g.writeName(name);
    codec.write(value, g, w);
  }

  /** A string property always written. */
  static void required(JsonGenerator g, SerializedString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  /** A property written when present. */
  static <V> void optional(JsonGenerator g, SerializedString name, Optional<V> value, Codec<V> codec,
      WriteState w) {
    if (value.isPresent()) {
      g.writeName(name);
      codec.write(value.get(), g, w);
    }
  }

  /** A string property written when present. */
  static void optional(JsonGenerator g, SerializedString name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeString(value.get());
    }
  }

  /** A property written unless it equals its default, or when it carries preserved unknown properties. */
  static <V> void byDefault(JsonGenerator g, SerializedString name, V value, V byDefault, Codec<V> codec,
      WriteState w) {
    if (!value.equals(byDefault) || w.keepsUnder(name.getValue())) {
      g.writeName(name);
      codec.write(value, g, w);
    }
  }

  /** An array written when not empty. */
  static <V> void list(JsonGenerator g, SerializedString name, List<V> values, Codec<V> codec, WriteState w) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (int i = 0, n = values.size(); i < n; i++) {
        codec.write(values.get(i), g, w);
      }
      g.writeEndArray();
    }
  }

  /** An integer property written when present. */
  static void optional(JsonGenerator g, SerializedString name, OptionalLong value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeNumber(value.getAsLong());
    }
  }

  /** A set of enum constants written when not empty, in declaration order ({@link Builder#enumSet}). */
  static <E extends Enum<E>> void enumSet(JsonGenerator g, SerializedString name, Collection<E> values,
      Codec<E> codec, WriteState w) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (E e : Row.sorted(values)) {
        codec.write(e, g, w);
      }
      g.writeEndArray();
    }
  }

  /** An array of strings written when not empty. */
  static void strings(JsonGenerator g, SerializedString name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (int i = 0, n = values.size(); i < n; i++) {
        g.writeString(values.get(i));
      }
      g.writeEndArray();
    }
  }

  /** The id the value declares, if its table has an id row. */
  @Nullable String idOf(T value) {
    return id == null ? null : ((Id) id.get().apply(value)).value();
  }

  // --- reading ---------------------------------------------------------------------------

  @Override
  public T read(JsonParser p, ReadState r) {
    r.startObject(p, what);
    A accumulator = start.get();
    long seen = 0;
    for (int i; (i = p.nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT; ) {
      if (i < 0) {
        r.unknown(p, p.currentName(), known);
      } else {
        long bit = 1L << i;
        if ((seen & bit) != 0) {
          throw r.duplicate(p, p.currentName());
        }
        p.nextToken();
        array[i].read(p, r, accumulator);
        seen |= bit;
      }
    }
    long missing = required & ~seen;
    if (missing != 0) {
      throw r.missing(p, rows.get(Long.numberOfTrailingZeros(missing)).name());
    }
    r.endObject();
    return r.build(p, () -> finish.apply(accumulator, r));
  }

  /** A parser's matcher of these names, in order: a match is the name's index in the list. */
  static PropertyNameMatcher matcher(List<String> names) {
    return MATCHERS.constructNameMatcher(names.stream().map(Named::fromString).toList(), false);
  }

  /**
   * Makes name matchers. A matcher from one JSON factory serves any parser: Jackson's byte parsers
   * match the quads of the name's bytes, any other parser matches the name as a String.
   */
  private static final JsonFactory MATCHERS = new JsonFactory();

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T, A> Row<T, A, ?>[] rowArray(List<Row<T, A, ?>> rows) {
    return rows.toArray(new Row[0]);
  }

  private static List<String> names(List<? extends Row<?, ?, ?>> rows) {
    return rows.stream().map(Row::name).toList();
  }

  // --- for unions and tests ----------------------------------------------------------------

  String what() {
    return what;
  }

  List<Row<T, A, ?>> rows() {
    return rows;
  }

  /** The property names, in writing order. */
  List<String> names() {
    return rows.stream().map(Row::name).toList();
  }

  /** The names of the rows reading requires. */
  Set<String> requiredNames() {
    return rows.stream().filter(Row::required).map(Row::name).collect(Collectors.toSet());
  }

  T finish(A accumulator, ReadState r) {
    return finish.apply(accumulator, r);
  }

  String known() {
    return known;
  }
}
