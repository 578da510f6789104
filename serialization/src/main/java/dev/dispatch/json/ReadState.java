package dev.dispatch.json;

import dev.dispatch.id.Id;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
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

  private Function<JsonParser, JsonNode> trees;
  private final boolean preserveUnknown;
  private final Set<Id> declared = new HashSet<>();
  private final List<Object[]> references = new ArrayList<>();
  private final Map<String, Map<String, String>> unknown = new LinkedHashMap<>();
  /** Property names seen so far in the object open at each nesting depth. */
  private String[][] seen = new String[16][];
  private int[] seenCount = new int[16];

  /**
   * A state for one read.
   *
   * @param trees reads the value under the parser as a tree, for unknown properties kept when preserving
   * @param preserveUnknown whether unknown properties are kept rather than rejected
   */
  ReadState(Function<JsonParser, JsonNode> trees, boolean preserveUnknown) {
    this.trees = trees;
    this.preserveUnknown = preserveUnknown;
  }

  /** The state the caller attached to this read, or a fresh one. */
  static ReadState of(DeserializationContext ctxt, boolean preserveUnknownByDefault) {
    Object state = ctxt.getAttribute(ATTRIBUTE);
    if (state instanceof ReadState) {
      ((ReadState) state).trees = ctxt::readTree;
      return (ReadState) state;
    }
    return new ReadState(ctxt::readTree, preserveUnknownByDefault);
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

  /**
   * Checks the current token starts an object. Pointers are not computed while reading: an
   * object's own pointer is its parent context's once the parser stands on its END_OBJECT, which is
   * where {@link #required} and {@link #build} need it.
   */
  void startObject(JsonParser p, String what) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(p, what + " (an object)");
    }
    int depth = p.streamReadContext().getNestingDepth();
    if (depth >= seen.length) {
      seen = Arrays.copyOf(seen, depth * 2);
      seenCount = Arrays.copyOf(seenCount, depth * 2);
    }
    seenCount[depth] = 0;
  }

  /**
   * Advances to the next property's value; returns its name, or null at the end of the object.
   * A name seen before in the same object is an error. This replaces Jackson's duplicate
   * detection, which costs a hash set per object: the names of one object are few, and the
   * parser hands out canonical strings, so a short scan is cheaper.
   */
  String next(JsonParser p) {
    String name = p.nextName();
    if (name != null) {
      int depth = p.streamReadContext().getNestingDepth();
      String[] names = seen[depth];
      int n = seenCount[depth];
      if (names == null || n == names.length) {
        names = seen[depth] = names == null ? new String[16] : Arrays.copyOf(names, n * 2);
      }
      for (int i = 0; i < n; i++) {
        if (names[i].equals(name)) {
          throw error(p, pointer(p), "each property at most once in an object",
              "a duplicate property \"" + name + "\"", null);
        }
      }
      names[n] = name;
      seenCount[depth] = n + 1;
      p.nextToken();
    }
    return name;
  }

  /** An unknown property, the parser on its value: kept when preserving, an error otherwise. */
  void unknown(JsonParser p, String name, String known) {
    JsonPointer at = p.streamReadContext().pathAsPointer();
    if (!preserveUnknown) {
      throw error(p, at.toString(), "one of the properties " + known, "unknown property \"" + name + "\"", null);
    }
    JsonNode value = trees.apply(p);
    unknown.computeIfAbsent(at.head().toString(), k -> new LinkedHashMap<>()).put(name, value.toString());
  }

  /** Fails unless a required property was read; the parser stands on the object's END_OBJECT. */
  <T> T required(JsonParser p, T value, String name) {
    if (value == null) {
      throw error(p, pointer(p), "the required property \"" + name + "\"", "none", null);
    }
    return value;
  }

  /** Builds a model value at the object's END_OBJECT; a broken invariant is an error at the object. */
  <T> T build(JsonParser p, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(p, pointer(p), "a value that keeps the model's invariants", "\"" + e.getMessage() + "\"", e);
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

  /** Reads an array, handing each element to {@code each} as it is read: no list in between. */
  <T> void each(JsonParser p, String what, Function<JsonParser, T> element, java.util.function.Consumer<T> each) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail(p, "an array of " + what);
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      each.accept(element.apply(p));
    }
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
    E e = Wire.constant(type, text);
    if (e == null) {
      throw error(p, pointer(p), "one of " + Wire.names(type), "\"" + text + "\"", null);
    }
    return e;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  // --- ids -------------------------------------------------------------------------------

  /** Reads an id an element declares; a second declaration of the same id is an error. */
  <I extends Id> I declare(JsonParser p, Function<String, I> of) {
    I id = parsed(p, "an id", of);
    if (!declared.add(id)) {
      throw error(p, pointer(p), "a unique " + id.kind() + " id", "\"" + id + "\", declared earlier in the document",
          null);
    }
    return id;
  }

  /**
   * Reads an id that refers to another element. One declared earlier is resolved at once; a
   * forward reference keeps its place and is resolved when the report is complete.
   */
  <I extends Id> I reference(JsonParser p, Function<String, I> of) {
    I id = parsed(p, "an id", of);
    if (!declared.contains(id)) {
      TokenStreamLocation at = p.currentTokenLocation();
      references.add(new Object[] {id, pointer(p), at.getLineNr(), at.getColumnNr()});
    }
    return id;
  }

  /** Registers an id read earlier at {@code pointer} and {@code at}, typed only now. */
  <I extends Id> I reference(String text, Function<String, I> of, Supplier<String> pointer, TokenStreamLocation at) {
    I id;
    try {
      id = of.apply(text);
    } catch (IllegalArgumentException e) {
      throw new DispatchJsonException(pointer.get(), "an id", "\"" + text + "\" (" + e.getMessage() + ")",
          at.getLineNr(), at.getColumnNr(), e);
    }
    if (!declared.contains(id)) {
      references.add(new Object[] {id, pointer.get(), at.getLineNr(), at.getColumnNr()});
    }
    return id;
  }

  /** Fails at the first reference that names no element of the report. */
  void resolveReferences() {
    for (Object[] r : references) {
      Id id = (Id) r[0];
      if (!declared.contains(id)) {
        throw new DispatchJsonException((String) r[1], "the id of a " + id.kind() + " in this report",
            "\"" + id + "\", which is not there", (Integer) r[2], (Integer) r[3], null);
      }
    }
  }
}
