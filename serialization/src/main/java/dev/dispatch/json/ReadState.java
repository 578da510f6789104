package dev.dispatch.json;

import dev.dispatch.id.Id;
import dev.dispatch.time.EdtfParseException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * The state of one read, and the token-level helpers every codec uses. One instance per document
 * (or per value on the mapper path); not thread-safe.
 *
 * <p><b>Errors</b> are {@link DispatchJsonException}s that name the JSON Pointer, what was expected
 * and what kind of token was found. They never quote a string or number of the document: a value
 * may be protected data, and a value that breaks a rule is described ("a string that is not
 * one"), not shown. A property name is shown, in a message or a pointer, only if the format
 * defines it ({@link Pointers}): an unknown name may itself be personal data. A model invariant's
 * message is carried up to its {@code ", got"} part ({@link #build}); that part may hold values,
 * so it is dropped. Errors carry no cause whose message could quote input.
 *
 * <p><b>Costs are linear and stacks bounded.</b> A known name given twice is found by the
 * table's bit for its row; an unknown one by a scan of the unknown names seen so far in the object
 * while it has at most {@value #SCAN} of them, by a hash set beyond ({@link #checkName});
 * references are resolved by hash look-up; unknown values are copied token by token without
 * recursion ({@link #json}). Codecs recurse once per nesting level of the JSON, and
 * {@link #startObject} refuses to go deeper than {@link Limits#MAX_NESTING_DEPTH}, whatever the
 * parser allows, so no input can overflow the stack (a mapper of the user's own may allow deeper
 * nesting than {@link DispatchJson} does).
 *
 * <p><b>Preservation.</b> When unknown properties are kept, each object read pushes a frame; an
 * unknown property's value is kept as exact JSON text ({@link #json}) with its frame, and the
 * frames' keys are computed when the document is complete, because an element's {@code "id"} may
 * follow the unknown properties (and the children) it holds. The key format is described on
 * {@link Preserved}.
 */
final class ReadState {
  /** Objects with at most this many names are checked for duplicates by a scan, beyond by a hash set. */
  static final int SCAN = 8;
  /** What a string that is not one of a set of names is said to be. */
  static final String NONE_OF_THEM = "a string that is none of them";

  private final boolean preserveUnknown;
  /** The nesting depth of the value's own object: names from there on are the document's (see {@link Pointers}). */
  private final int from;
  /**
   * The ids declared so far, one set per kind of id. Ids of one kind are {@link Comparable}, so a
   * hash set of them falls back to ordering when their hashes collide (Java's {@code HashMap}
   * treeifies a crowded bin by {@code compareTo}); a set mixing kinds could not order them and
   * would scan, so that ids chosen to collide would make reading quadratic.
   */
  private final Map<String, Set<Id>> declared = new HashMap<>();
  private final List<Reference> references = new ArrayList<>();
  /** Names seen so far in the object open at each nesting depth: the first {@link #SCAN} ... */
  private String[][] names = new String[16][];
  private int[] counts = new int[16];
  /** ... and all of them, once there are more. */
  private List<Set<String>> sets = new ArrayList<>();
  /** The object being read, when preserving. */
  private @Nullable Frame frame;
  private final List<Unknown> unknowns = new ArrayList<>();

  /** A reference to resolve when the report is complete. */
  private record Reference(Id id, Supplier<String> pointer, long line, long column) {}

  /** An unknown property kept in the object of {@code frame}. */
  private record Unknown(Frame frame, String name, String json) {}

  /**
   * An object being read while preserving: where it sits in its parent ({@link Position}), and the
   * id it declares, which may come late.
   */
  private static final class Frame {
    final @Nullable Frame parent;
    final Position position;
    @Nullable String id;
    /** The frame's node in the tree of keys, once computed. */
    Unknowns.@Nullable Node node;

    Frame(@Nullable Frame parent, Position position) {
      this.parent = parent;
      this.position = position;
    }
  }

  /**
   * Where an object sits inside the nearest object that holds it: {@code prefix} is the property
   * name as a pointer segment followed by the indexes of any enclosing arrays but the innermost
   * ({@code /attributions/1} for a link of a figure's second attribution), and {@code index} the
   * innermost array index, or -1 when the object is a property's value. The root has an empty
   * prefix and index -1.
   */
  record Position(String prefix, int index) {
    static final Position ROOT = new Position("", -1);

    /** The position of the object whose context is {@code object}, on the read or the write side. */
    static Position of(TokenStreamContext object) {
      List<Integer> indexes = new ArrayList<>(2);
      TokenStreamContext c = object.getParent();
      while (c != null && c.inArray()) {
        indexes.add(c.getCurrentIndex());
        c = c.getParent();
      }
      StringBuilder prefix = new StringBuilder();
      if (c != null && c.inObject()) {
        String name = c.currentName();
        prefix.append('/').append(escape(name == null ? "" : name));
      }
      for (int i = indexes.size() - 1; i > 0; i--) {
        prefix.append('/').append(indexes.get(i));
      }
      return indexes.isEmpty() && prefix.length() == 0 ? ROOT
          : new Position(prefix.toString(), indexes.isEmpty() ? -1 : indexes.get(0));
    }

    /**
     * This position's key segment: the prefix, then for an array element {@code /@} and its id
     * when it declares one, its index otherwise.
     */
    String segment(@Nullable String id) {
      if (index < 0) {
        return prefix;
      }
      return prefix + "/" + (id != null ? "@" + id : Integer.toString(index));
    }

    static String escape(String name) {
      return name.replace("~", "~0").replace("/", "~1");
    }
  }

  /**
   * A state for one read.
   *
   * @param preserveUnknown whether unknown properties are kept rather than rejected
   */
  ReadState(boolean preserveUnknown) {
    this.preserveUnknown = preserveUnknown;
    this.from = 1;
  }

  /**
   * A state for reading one value on the mapper path, the parser on its first token: names
   * outside the value are the user's types', inside it the document's.
   */
  ReadState(JsonParser start) {
    this.preserveUnknown = false;
    this.from = from(start);
  }

  /** The nesting depth of the object or array a value starting at the parser's token opens (or would). */
  static int from(JsonParser start) {
    JsonToken t = start.currentToken();
    int depth = start.streamReadContext().getNestingDepth();
    return t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? depth : depth + 1;
  }

  // --- where -----------------------------------------------------------------------------

  /** The nesting depth from which names are the document's. */
  int from() {
    return from;
  }

  /** The JSON Pointer of the parser's place, showing only names the format defines ({@link Pointers}). */
  String pointer(JsonParser p) {
    return Pointers.of(p.streamReadContext(), from);
  }

  static DispatchJsonException error(JsonParser p, String pointer, String expected, @Nullable String found,
      @Nullable Throwable cause) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new DispatchJsonException(pointer, expected, found, at.getLineNr(), at.getColumnNr(), cause);
  }

  DispatchJsonException fail(JsonParser p, String expected) {
    return error(p, pointer(p), expected, found(p), null);
  }

  /** What the current token is, without quoting it. */
  static String found(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  // --- structure -------------------------------------------------------------------------

  /**
   * Checks the current token starts an object, no deeper than {@link Limits#MAX_NESTING_DEPTH},
   * and starts its duplicate check (and its frame, when preserving). Pointers are not computed
   * while reading: an object's own pointer is its parent context's once the parser stands on its
   * END_OBJECT, which is where {@link #missing} and {@link #build} need it.
   */
  void startObject(JsonParser p, String what) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(p, what + " (an object)");
    }
    TokenStreamContext context = p.streamReadContext();
    int depth = context.getNestingDepth();
    if (depth > Limits.MAX_NESTING_DEPTH) {
      throw error(p, pointer(p), "input within the read limits", "input beyond them (nesting depth more than "
          + Limits.MAX_NESTING_DEPTH + ")", null);
    }
    resetNames(depth);
    if (preserveUnknown) {
      TokenStreamContext parent = context.getParent();
      frame = new Frame(frame, parent == null || parent.inRoot() ? Position.ROOT : Position.of(context));
    }
  }

  /** Ends the object {@link #startObject} started. */
  void endObject() {
    if (frame != null) {
      frame = frame.parent;
    }
  }

  private void resetNames(int depth) {
    if (depth >= names.length) {
      names = Arrays.copyOf(names, depth * 2);
      counts = Arrays.copyOf(counts, depth * 2);
    }
    counts[depth] = 0;
    if (depth < sets.size()) {
      sets.set(depth, null);
    }
  }

  /**
   * Fails on a name seen before among the unknown names of the object open at the parser's depth
   * (a {@link Table} or {@link Union} checks its known names with a bit per row, and the names
   * inside an unknown value come here too): a scan while the object has at most {@value #SCAN}
   * such names, which is cheaper than hashing a few, then a hash set, so that an object with a
   * hundred thousand unknown names costs linear time.
   */
  private void checkName(JsonParser p, String name) {
    int depth = p.streamReadContext().getNestingDepth();
    int n = counts[depth];
    if (n < SCAN) {
      String[] seen = names[depth];
      if (seen == null) {
        seen = names[depth] = new String[SCAN];
      }
      for (int i = 0; i < n; i++) {
        if (seen[i].equals(name)) {
          throw duplicate(p, name);
        }
      }
      seen[n] = name;
    } else {
      while (sets.size() <= depth) {
        sets.add(null);
      }
      Set<String> all = sets.get(depth);
      if (all == null) {
        all = new HashSet<>(Arrays.asList(names[depth]));
        sets.set(depth, all);
      }
      if (!all.add(name)) {
        throw duplicate(p, name);
      }
    }
    counts[depth] = n + 1;
  }

  /** A property given twice in one object, the parser on its second name. */
  DispatchJsonException duplicate(JsonParser p, String name) {
    return error(p, pointer(p), "each property at most once in an object", "a duplicate property"
        + (Pointers.isKnown(name) ? " \"" + name + "\"" : ""), null);
  }

  /**
   * An unknown property, the parser on its name: kept when preserving (the parser then on the
   * value's last token), an error otherwise.
   */
  void unknown(JsonParser p, String name, String known) {
    checkName(p, name);
    p.nextToken();
    if (!preserveUnknown) {
      throw error(p, pointer(p), "one of the properties " + known, "an unknown property", null);
    }
    unknowns.add(new Unknown(Objects.requireNonNull(frame, "a frame while preserving"), name, json(p)));
  }

  /**
   * The value under the parser as exact JSON text, token by token and without recursion: numbers
   * keep their decimal text ({@code 1e400}, {@code 0.10000000000000000555}, {@code -0.0}), strings
   * are re-escaped (only {@code "}, {@code \}, control characters and lone surrogates are escaped,
   * as {@code \}{@code uXXXX} where no short escape exists), whitespace is dropped. Duplicate names
   * inside are errors as everywhere.
   */
  private String json(JsonParser p) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (JsonToken t = p.currentToken(); ; t = p.nextToken()) {
      switch (t) {
        case START_OBJECT -> {
          comma(out).append('{');
          resetNames(p.streamReadContext().getNestingDepth());
          depth++;
        }
        case START_ARRAY -> {
          comma(out).append('[');
          depth++;
        }
        case END_OBJECT -> {
          out.append('}');
          depth--;
        }
        case END_ARRAY -> {
          out.append(']');
          depth--;
        }
        case PROPERTY_NAME -> {
          String name = p.currentName();
          checkName(p, name);
          quote(comma(out), name).append(':');
        }
        case VALUE_STRING -> quote(comma(out), p.getString());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> comma(out).append(p.getString());
        case VALUE_TRUE -> comma(out).append("true");
        case VALUE_FALSE -> comma(out).append("false");
        case VALUE_NULL -> comma(out).append("null");
        default -> throw fail(p, "a JSON value");
      }
      if (depth == 0) {
        return out.toString();
      }
    }
  }

  private static StringBuilder comma(StringBuilder out) {
    int n = out.length();
    if (n > 0) {
      char last = out.charAt(n - 1);
      if (last != '{' && last != '[' && last != ':') {
        out.append(',');
      }
    }
    return out;
  }

  /** Appends {@code s} as a JSON string; lone surrogates become escapes, so the text is always writable. */
  static StringBuilder quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        switch (c) {
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default -> unicode(out, c);
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        unicode(out, c);
      } else {
        out.append(c);
      }
    }
    return out.append('"');
  }

  private static void unicode(StringBuilder out, char c) {
    out.append("\\u");
    String hex = Integer.toHexString(c);
    for (int i = hex.length(); i < 4; i++) {
      out.append('0');
    }
    out.append(hex);
  }

  /**
   * The unknown properties kept, by key (see {@link Preserved}), in document order: a tree of the
   * keys' tokens, which shares every prefix ({@link Unknowns}). Computed once the document is
   * complete, since ids may follow what they key.
   */
  Unknowns unknown() {
    if (unknowns.isEmpty()) {
      return Unknowns.NONE;
    }
    Unknowns kept = new Unknowns();
    for (Unknown u : unknowns) {
      kept.put(node(kept, u.frame()), u.name(), u.json());
    }
    return kept;
  }

  /** A frame's node, from the nearest ancestor whose node is known; iterative. */
  private static Unknowns.Node node(Unknowns kept, Frame frame) {
    List<Frame> path = new ArrayList<>();
    for (Frame f = frame; f != null && f.node == null; f = f.parent) {
      path.add(f);
    }
    for (int i = path.size() - 1; i >= 0; i--) {
      Frame f = path.get(i);
      Unknowns.Node parent = f.parent == null ? kept.root() : Objects.requireNonNull(f.parent.node);
      f.node = Unknowns.child(parent, f.position.segment(f.id));
    }
    return Objects.requireNonNull(frame.node);
  }

  /** A required property is missing; the parser stands on the object's END_OBJECT. */
  DispatchJsonException missing(JsonParser p, String name) {
    return error(p, pointer(p), "the required property \"" + name + "\"", "none", null);
  }

  /**
   * Builds a model value at the object's END_OBJECT; a broken invariant is an error at the object.
   * The model's message says which field and what it expected; its {@code ", got ..."} part may
   * quote a value, so it is dropped, and the model's exception is not kept as the cause.
   */
  <T> T build(JsonParser p, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(p, pointer(p), "a value that keeps the model's invariants", "one that breaks \""
          + withoutFound(String.valueOf(e.getMessage())) + "\"", null);
    }
  }

  /** A model message without the part from {@code ", got "} on, which may quote a value. */
  static String withoutFound(String message) {
    int got = message.indexOf(", got ");
    return got < 0 ? message : message.substring(0, got);
  }

  /** Reads an array, handing each element to {@code each} as it is read: no list in between. */
  <T> void each(JsonParser p, String what, Codec<T> element, Consumer<T> each) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail(p, "an array (" + what + ")");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      each.accept(element.read(p, this));
    }
  }

  // --- scalars ---------------------------------------------------------------------------

  String string(JsonParser p) {
    stringToken(p);
    return p.getString();
  }

  /** Fails unless the parser stands on a string, which the caller then reads as chars, without a String made. */
  void stringToken(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(p, "a string");
    }
  }

  private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

  /**
   * An integer within 64 bits. JSON Schema calls any number with a zero fraction an integer
   * ({@code 1.0}, {@code 7.03448e5}), so this does too, checking the range before any conversion
   * so that {@code 1e999999999} costs nothing.
   */
  long integer(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return p.getLongValue();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal d;
      try {
        d = p.getDecimalValue();
      } catch (NumberFormatException e) {
        // An exponent beyond 32 bits ("1e2222222222") has no BigDecimal; it is no 64-bit integer either.
        throw fail(p, "an integer within 64 bits");
      }
      if (d.compareTo(MIN_LONG) >= 0 && d.compareTo(MAX_LONG) <= 0
          && (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0)) {
        return d.longValueExact();
      }
    }
    throw fail(p, "an integer within 64 bits");
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

  /**
   * A wire string parsed by {@code parse}. Its failure is reported here without the text or the
   * parser's message, which quotes it; an EDTF failure says where parsing stopped.
   */
  <T> T parsed(JsonParser p, String what, Function<String, T> parse) {
    String text = string(p);
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw error(p, pointer(p), what, notOne(e), null);
    }
  }

  private static String notOne(RuntimeException e) {
    if (e instanceof Refused refused) {
      return "a string that is not one (" + refused.getMessage() + ")";
    }
    return e instanceof EdtfParseException edtf
        ? "a string that is not one (parsing stopped at character " + (edtf.errorIndex() + 1) + ")"
        : "a string that is not one";
  }

  /**
   * A parse function's refusal whose message says why in the format's own words, and quotes
   * nothing of the text: an error may show it after "a string that is not one".
   */
  static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Refused(String why) {
      super(why);
    }
  }

  /** An enum constant by its wire name, found in {@code byName}, which holds every constant of {@code type}. */
  <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type, Constants<E> byName) {
    stringToken(p);
    E e = byName.get(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    if (e == null) {
      throw error(p, pointer(p), "one of " + Wire.names(type), NONE_OF_THEM, null);
    }
    return e;
  }

  // --- ids -------------------------------------------------------------------------------

  /**
   * Reads the id an element declares; a second declaration of the same id is an error. When
   * preserving, the id keys the element's unknown properties.
   */
  <I extends Id> I declare(JsonParser p, Function<String, I> of) {
    I id = parsed(p, "an id", of);
    if (!declared(id.kind()).add(id)) {
      throw error(p, pointer(p), "a unique " + id.kind() + " id", "an id declared earlier in the document", null);
    }
    if (frame != null) {
      frame.id = id.value();
    }
    return id;
  }

  /**
   * Reads an id that refers to another element. One declared earlier is resolved at once; a
   * forward reference keeps its place and is resolved when the report is complete.
   */
  <I extends Id> I reference(JsonParser p, Function<String, I> of) {
    I id = parsed(p, "an id", of);
    if (!isDeclared(id)) {
      TokenStreamLocation at = p.currentTokenLocation();
      references.add(new Reference(id, Pointers.later(p.streamReadContext(), from, null), at.getLineNr(),
          at.getColumnNr()));
    }
    return id;
  }

  /**
   * Registers an id read earlier at {@code at}, typed only now, once the parser stands on the end
   * of the object that holds it as property {@code name}. Its JSON Pointer is made only when it is
   * needed (an error, or a forward reference that names nothing), since making one costs more than
   * the rest of reading a reference.
   */
  <I extends Id> I reference(String text, Function<String, I> of, JsonParser atEnd, String name,
      TokenStreamLocation at) {
    I id;
    try {
      id = of.apply(text);
    } catch (IllegalArgumentException e) {
      throw new DispatchJsonException(pointer(atEnd) + "/" + name, "an id", "a string that is not one",
          at.getLineNr(), at.getColumnNr(), null);
    }
    if (!isDeclared(id)) {
      Supplier<String> object = Pointers.later(atEnd.streamReadContext(), from, null);
      references.add(new Reference(id, () -> object.get() + "/" + name, at.getLineNr(), at.getColumnNr()));
    }
    return id;
  }

  /** The set of declared ids of one kind. */
  private Set<Id> declared(String kind) {
    return declared.computeIfAbsent(kind, k -> new HashSet<>());
  }

  private boolean isDeclared(Id id) {
    Set<Id> ofKind = declared.get(id.kind());
    return ofKind != null && ofKind.contains(id);
  }

  /** A kind of element with its indefinite article: "a place", "an event". */
  static String article(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  /** Fails at the first reference that names no element of the report: one hash look-up each. */
  void resolveReferences() {
    for (Reference r : references) {
      if (!isDeclared(r.id())) {
        throw new DispatchJsonException(r.pointer().get(), "the id of " + article(r.id().kind()) + " in this report",
            "an id that is not there", r.line(), r.column(), null);
      }
    }
  }
}
