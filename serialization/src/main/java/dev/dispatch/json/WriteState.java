package dev.dispatch.json;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.SerializationContext;

/** The state of one write: the view, and unknown properties to write back; plus writing helpers. */
final class WriteState {
  static final String ATTRIBUTE = WriteState.class.getName();

  final View view;
  private final Map<String, Map<String, String>> unknown;

  WriteState(View view, Map<String, Map<String, String>> unknown) {
    this.view = view;
    this.unknown = unknown;
  }

  static WriteState of(SerializationContext ctxt, View defaultView) {
    Object state = ctxt.getAttribute(ATTRIBUTE);
    return state instanceof WriteState ? (WriteState) state : new WriteState(defaultView, Map.of());
  }

  /** Writes back the unknown properties read at this object's pointer, then ends the object. */
  void end(JsonGenerator g) {
    if (!unknown.isEmpty()) {
      // The object's own context points at its last property; its parent's points at the object.
      TokenStreamContext parent = g.streamWriteContext().getParent();
      Map<String, String> extra = unknown.get(parent == null ? "" : parent.pathAsPointer().toString());
      if (extra != null) {
        for (Map.Entry<String, String> e : extra.entrySet()) {
          g.writeName(e.getKey());
          g.writeRawValue(e.getValue());
        }
      }
    }
    g.writeEndObject();
  }

  static void string(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  static void number(JsonGenerator g, String name, OptionalLong value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsLong());
    }
  }

  static void enumValue(JsonGenerator g, String name, Enum<?> value) {
    g.writeStringProperty(name, Wire.name(value));
  }

  static <E extends Enum<E>> void enumValue(JsonGenerator g, String name, Optional<E> value) {
    if (value.isPresent()) {
      enumValue(g, name, value.get());
    }
  }

  static <T> void object(JsonGenerator g, String name, Optional<T> value, BiConsumer<T, JsonGenerator> write) {
    if (value.isPresent()) {
      g.writeName(name);
      write.accept(value.get(), g);
    }
  }

  /** Writes a non-empty collection as an array; an empty one is omitted. */
  static <T> void array(JsonGenerator g, String name, Collection<T> values, BiConsumer<T, JsonGenerator> write) {
    if (!values.isEmpty()) {
      g.writeArrayPropertyStart(name);
      for (T v : values) {
        write.accept(v, g);
      }
      g.writeEndArray();
    }
  }

  static void strings(JsonGenerator g, String name, Collection<String> values) {
    array(g, name, values, (v, gen) -> gen.writeString(v));
  }
}
