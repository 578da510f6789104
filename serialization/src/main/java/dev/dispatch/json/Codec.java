package dev.dispatch.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** Reads and writes one model type in wire format v1. One codec per type; stateless. */
interface Codec<T> {

  /** Writes {@code value} as one JSON value. */
  void write(T value, JsonGenerator g, WriteState w);

  /** Reads one JSON value; the parser is on its first token and is left on its last. */
  T read(JsonParser p, ReadState r);
}
