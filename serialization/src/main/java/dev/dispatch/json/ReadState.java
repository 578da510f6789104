package dev.dispatch.json;

import dev.dispatch.id.Id;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;

/**
 * The state of one read: options, the ids declared so far, the references still to resolve, and
 * the unknown properties kept when preservation is on. Also the token-level helpers every codec
 * uses, so that every error names its JSON Pointer and what was expected.
 */
final class ReadState {
  static final String ATTRIBUTE = ReadState.class.getName();

  private DeserializationContext ctxt;
  private final boolean preserveUnknown;
  private final Map<Id, String> declared = new HashMap<>();
  private final List<Object[]> references = new ArrayList<>();
  private final Map<String, Map<String, String>> unknown = new LinkedHashMap<>();

  ReadState(DeserializationContext ctxt, boolean preserveUnknown) {
    this.ctxt = ctxt;
    this.preserveUnknown = preserveUnknown;
  }

  /** The state the caller attached to this read, or a fresh one. */
  static ReadState of(DeserializationContext ctxt, boolean preserveUnknownByDefault) {
    Object state = ctxt.getAttribute(ATTRIBUTE);
    if (state instanceof ReadState) {
      ((ReadState) state).ctxt = ctxt;
      return (ReadState) state;
    }
    return new ReadState(ctxt, preserveUnknownByDefault);
  }

  /** Unknown properties kept so far: object pointer, then property name, then its JSON text. */
  Map<String, Map<String, String>> unknown() {
    return unknown;
  }

  // --- where -----------------------------------------------------------------------------

  static String pointer(JsonParser p) {
    return p.streamReadContext().pathAsPointer().toString();
  }

  static DispatchJsonException error(JsonParser p, String pointer, String expected, String found, Throwable cause) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new DispatchJsonException(pointer, expected, found, at.getLineNr(), at.getColumnNr(), cause);
  }

  DispatchJsonException fail(JsonParser p, String expected) {
    return error(p, pointer(p), expected, found(p), null);
  }

  /** What the current token is, without quoting strings: a string may be a protected value. */
  static String found(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return t.toString();
    }
  }

  // --- structure -------------------------------------------------------------------------

  /** Checks the current token starts an object; returns the object's pointer. */
  String startObject(JsonParser p, String what) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(p, what + " (an object)");
    }
    return pointer(p);
  }

  /** Advances to the next property's value; returns its name, or null at the end of the object. */
  String next(JsonParser p) {
    String name = p.nextName();
    if (name != null) {
      p.nextToken();
    }
    return name;
  }

  /** An unknown property: kept when preserving, an error otherwise. */
  void unknown(JsonParser p, String objectPointer, String name, String known) {
    if (!preserveUnknown) {
      throw error(p, pointer(p), "one of the properties " + known, "unknown property \"" + name + "\"", null);
    }
    JsonNode value = ctxt.readTree(p);
    unknown.computeIfAbsent(objectPointer, k -> new LinkedHashMap<>()).put(name, value.toString());
  }

  /** Fails unless a required property was read. */
  <T> T required(JsonParser p, String objectPointer, T value, String name) {
    if (value == null) {
      throw error(p, objectPointer, "the required property \"" + name + "\"", "none", null);
    }
    return value;
  }

  /** Builds a model value; an invariant it breaks becomes an error at the object's pointer. */
  <T> T build(JsonParser p, String objectPointer, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(p, objectPointer, "a value that keeps the model's invariants", "\"" + e.getMessage() + "\"", e);
    }
  }

  <T> List<T> list(JsonParser p, String what, Function<JsonParser, T> element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail(p, "an array of " + what);
    }
    List<T> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.add(element.apply(p));
    }
    return items;
  }

  // --- scalars ---------------------------------------------------------------------------

  String string(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(p, "a string");
    }
    return p.getString();
  }

  long integer(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw fail(p, "an integer within 64 bits");
    }
    return p.getLongValue();
  }

  double decimal(JsonParser p) {
    if (!p.currentToken().isNumeric()) {
      throw fail(p, "a number");
    }
    return p.getDoubleValue();
  }

  boolean bool(JsonParser p) {
    if (!p.currentToken().isBoolean()) {
      throw fail(p, "true or false");
    }
    return p.getBooleanValue();
  }

  /** A wire string parsed by {@code parse}; its failure is reported here, quoting the text. */
  <T> T parsed(JsonParser p, String what, Function<String, T> parse) {
    String text = string(p);
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw error(p, pointer(p), what, "\"" + text + "\" (" + e.getMessage() + ")", e);
    }
  }

  <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type) {
    String text = string(p);
    for (E e : type.getEnumConstants()) {
      if (Wire.name(e).equals(text)) {
        return e;
      }
    }
    throw error(p, pointer(p), "one of " + Wire.names(type), "\"" + text + "\"", null);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  // --- ids -------------------------------------------------------------------------------

  /** Reads an id an element declares; a second declaration of the same id is an error. */
  <I extends Id> I declare(JsonParser p, Function<String, I> of) {
    I id = parsed(p, "an id", of);
    String at = pointer(p);
    String first = declared.putIfAbsent(id, at);
    if (first != null) {
      throw error(p, at, "a unique " + id.kind() + " id", "\"" + id + "\", already used at " + first, null);
    }
    return id;
  }

  /** Reads an id that refers to another element; it is resolved when the report is complete. */
  <I extends Id> I reference(JsonParser p, Function<String, I> of) {
    I id = parsed(p, "an id", of);
    TokenStreamLocation at = p.currentTokenLocation();
    references.add(new Object[] {id, pointer(p), at.getLineNr(), at.getColumnNr()});
    return id;
  }

  /** Registers an id read earlier at {@code pointer} and {@code at}, typed only now. */
  <I extends Id> I reference(String text, Function<String, I> of, String pointer, TokenStreamLocation at) {
    I id;
    try {
      id = of.apply(text);
    } catch (IllegalArgumentException e) {
      throw new DispatchJsonException(pointer, "an id", "\"" + text + "\" (" + e.getMessage() + ")",
          at.getLineNr(), at.getColumnNr(), e);
    }
    references.add(new Object[] {id, pointer, at.getLineNr(), at.getColumnNr()});
    return id;
  }

  /** Fails at the first reference that names no element of the report. */
  void resolveReferences() {
    for (Object[] r : references) {
      Id id = (Id) r[0];
      if (!declared.containsKey(id)) {
        throw new DispatchJsonException((String) r[1], "the id of a " + id.kind() + " in this report",
            "\"" + id + "\", which is not there", (Integer) r[2], (Integer) r[3], null);
      }
    }
  }
}
