package dev.dispatch.json;

import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** Reads and writes one model type in wire format v1. One codec per type; stateless. */
interface Codec<T> {

  /** Writes {@code value} as one JSON value. */
  void write(T value, JsonGenerator g, WriteState w);

  /** Reads one JSON value; the parser is on its first token and is left on its last. */
  T read(JsonParser p, ReadState r);

  /** A codec of values written as one JSON string, such as an EDTF date or a country code. */
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
}
