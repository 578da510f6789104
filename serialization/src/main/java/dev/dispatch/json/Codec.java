package dev.dispatch.json;

import dev.dispatch.id.Id;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes one model type in wire format v1. Stateless; the state of one read or write is
 * in {@link ReadState} or {@link WriteState}.
 *
 * <p>Objects are {@link Table property tables} (or {@link Union unions} of them); the scalar
 * codecs here are their leaves. A new model type gets a table, never a hand-written loop: the
 * table is what keeps strictness, unknown-property handling, preservation keys, required checks
 * and error messages the same everywhere. The one exception is writing the tables that most
 * reports hold many of, by a {@link Table.Writer} that a test holds to the table's own loop.
 *
 * <p>An abstract class rather than an interface: a table calls its rows' codecs through one call
 * site for every type, and a virtual call through a class's vtable is cheaper there than an
 * interface call.
 */
abstract class Codec<T> {

  /** Writes {@code value} as one JSON value. */
  abstract void write(T value, JsonGenerator g, WriteState w);

  /** Reads one JSON value; the parser is on its first token and is left on its last. */
  abstract T read(JsonParser p, ReadState r);

  /** Whether the value this codec reads is the id its object declares (see {@link #declare}). */
  boolean declaresId() {
    return false;
  }

  /**
   * The codec this one writes through, for the tests that walk the format's structure beside the
   * JSON Schema: an array's element codec, a deferred codec's target, a protected value's union.
   * Null for a table, a union and the scalar codecs.
   */
  @Nullable Codec<?> inner() {
    return null;
  }

  /** The wire names this codec accepts, for an enumeration or a fixed list of strings; null otherwise. */
  @Nullable List<String> constants() {
    return null;
  }

  /** A string. */
  static final Codec<String> STRING = new Codec<>() {
    @Override
    public void write(String value, JsonGenerator g, WriteState w) {
      g.writeString(value);
    }

    @Override
    public String read(JsonParser p, ReadState r) {
      return r.string(p);
    }
  };

  /** An integer within 64 bits; an integral decimal such as {@code 1.0} or {@code 7.03448e5} is one too. */
  static final Codec<Long> INTEGER = new Codec<>() {
    @Override
    public void write(Long value, JsonGenerator g, WriteState w) {
      g.writeNumber(value.longValue());
    }

    @Override
    public Long read(JsonParser p, ReadState r) {
      return r.integer(p);
    }
  };

  /** A number, read as a {@code double}. */
  static final Codec<Double> DECIMAL = new Codec<>() {
    @Override
    public void write(Double value, JsonGenerator g, WriteState w) {
      g.writeNumber(value.doubleValue());
    }

    @Override
    public Double read(JsonParser p, ReadState r) {
      return r.decimal(p);
    }
  };

  /**
   * A number from {@code min} to {@code max}, read as the {@code double} nearest to its decimal
   * text (what {@link #DECIMAL} reads); one outside the range, an overflow to infinity included,
   * is an error at the number itself.
   *
   * @param what the range as an error says it: "-90 to 90"
   */
  static Codec<Double> decimal(double min, double max, String what) {
    return new Codec<>() {
      @Override
      public void write(Double value, JsonGenerator g, WriteState w) {
        DECIMAL.write(value, g, w);
      }

      @Override
      public Double read(JsonParser p, ReadState r) {
        double d = r.decimal(p);
        if (!(d >= min && d <= max)) {
          throw ReadState.error(p, r.pointer(p), "a number from " + what, "one outside that range", null);
        }
        return d;
      }
    };
  }

  /** {@code true} or {@code false}. */
  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public void write(Boolean value, JsonGenerator g, WriteState w) {
      g.writeBoolean(value.booleanValue());
    }

    @Override
    public Boolean read(JsonParser p, ReadState r) {
      return r.bool(p);
    }
  };

  /** An enum constant by its wire name ({@link Wire}). */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    // Looked up once here rather than through Wire's per-class maps at every value: the names of
    // the constants for writing (an EnumMap is an array inside), the constants by name for reading.
    // Names are written as quoted UTF-8 bytes encoded once, and read without a String made ({@link Constants}).
    Map<E, SerializedString> names = new EnumMap<>(type);
    Map<String, E> byName = new HashMap<>();
    for (E e : type.getEnumConstants()) {
      names.put(e, new SerializedString(Wire.name(e)));
      byName.put(Wire.name(e), e);
    }
    Constants<E> constants = new Constants<>(byName);
    return new Codec<>() {
      @Override
      public void write(E value, JsonGenerator g, WriteState w) {
        g.writeString(Objects.requireNonNull(names.get(value)));
      }

      @Override
      public E read(JsonParser p, ReadState r) {
        return r.enumValue(p, type, constants);
      }

      @Override
      public List<String> constants() {
        return Wire.names(type);
      }
    };
  }

  /**
   * An enum constant of those in {@code allowed}: where the model accepts only some of an enum's
   * constants (a proportion's qualifier), the reader says which, as the schema does.
   */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type, Set<E> allowed) {
    List<String> names = new ArrayList<>();
    Map<E, SerializedString> written = new EnumMap<>(type);
    for (E e : EnumSet.copyOf(allowed)) {
      names.add(Wire.name(e));
      written.put(e, new SerializedString(Wire.name(e)));
    }
    Codec<String> wire = oneOf(List.copyOf(names));
    return new Codec<>() {
      @Override
      public void write(E value, JsonGenerator g, WriteState w) {
        SerializedString name = written.get(value);
        g.writeString(name != null ? name : new SerializedString(Wire.name(value)));
      }

      @Override
      public E read(JsonParser p, ReadState r) {
        return Objects.requireNonNull(Wire.constant(type, wire.read(p, r)));
      }

      @Override
      public List<String> constants() {
        return names;
      }
    };
  }

  /** One of a fixed list of strings, such as a reference's kind. */
  static Codec<String> oneOf(List<String> names) {
    Map<String, String> byName = new HashMap<>();
    names.forEach(n -> byName.put(n, n));
    Constants<String> constants = new Constants<>(byName);
    return new Codec<>() {
      @Override
      public void write(String value, JsonGenerator g, WriteState w) {
        g.writeString(value);
      }

      @Override
      public String read(JsonParser p, ReadState r) {
        r.stringToken(p);
        String name = constants.get(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (name == null) {
          throw ReadState.error(p, r.pointer(p), "one of " + names, ReadState.NONE_OF_THEM, null);
        }
        return name;
      }

      @Override
      public List<String> constants() {
        return names;
      }
    };
  }

  /** A value written as one JSON string, such as an EDTF date or a country code. */
  static <T> Codec<T> text(Function<T, String> format, String expected, Function<String, T> parse) {
    return new Codec<>() {
      @Override
      public void write(T value, JsonGenerator g, WriteState w) {
        g.writeString(format.apply(value));
      }

      @Override
      public T read(JsonParser p, ReadState r) {
        return r.parsed(p, expected, parse);
      }
    };
  }

  /**
   * The id an element declares ({@code "id"} of a place, party, source, person, event, statement,
   * figure or prisoner). A
   * table whose property uses this codec is an element with an id: unknown properties kept inside
   * it are keyed by that id rather than by its array index (see {@link Preserved}).
   */
  static <I extends Id> Codec<I> declare(Function<String, I> of) {
    return new Codec<>() {
      @Override
      public void write(I value, JsonGenerator g, WriteState w) {
        g.writeString(value.value());
      }

      @Override
      public I read(JsonParser p, ReadState r) {
        return r.declare(p, of);
      }

      @Override
      public boolean declaresId() {
        return true;
      }
    };
  }

  /** A reference to an element by id; resolved when the report is complete. */
  static <I extends Id> Codec<I> reference(Function<String, I> of) {
    return new Codec<>() {
      @Override
      public void write(I value, JsonGenerator g, WriteState w) {
        g.writeString(value.value());
      }

      @Override
      public I read(JsonParser p, ReadState r) {
        return r.reference(p, of);
      }
    };
  }

  /**
   * A value written as a JSON array of its elements, such as an attribution's chain of links. The
   * array is read whole and handed to {@code make}; a broken invariant (an empty chain) is an
   * error at the array.
   *
   * @param what the array as an error names it: "an attribution (an array of links)"
   * @param elements the value's elements, in writing order
   * @param element the elements' codec
   * @param make the value from the elements read
   */
  static <T, E> Codec<T> array(String what, Function<T, List<E>> elements, Codec<E> element,
      Function<List<E>, T> make) {
    return new Codec<>() {
      @Override
      public void write(T value, JsonGenerator g, WriteState w) {
        g.writeStartArray();
        for (E e : elements.apply(value)) {
          element.write(e, g, w);
        }
        g.writeEndArray();
      }

      @Override
      public T read(JsonParser p, ReadState r) {
        List<E> read = new ArrayList<>();
        r.each(p, what, element, read::add);
        return r.build(p, () -> make.apply(read));
      }

      @Override
      public Codec<?> inner() {
        return element;
      }
    };
  }

  /** A codec defined later, for tables that contain each other (a part's breakdowns hold parts). */
  static <T> Codec<T> deferred(Supplier<Codec<T>> codec) {
    return new Codec<>() {
      @Override
      public void write(T value, JsonGenerator g, WriteState w) {
        codec.get().write(value, g, w);
      }

      @Override
      public T read(JsonParser p, ReadState r) {
        return codec.get().read(p, r);
      }

      @Override
      public Codec<?> inner() {
        return codec.get();
      }
    };
  }
}
