package dev.dispatch.json;

import dev.dispatch.privacy.Protected;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Protected values. Absent: the property is omitted. Withheld: {@code {"state": "withheld",
 * "note": "blurred by CNN"}}. Known: {@code {"state": "known", "value": ..., "release": ...}} in
 * the internal view only; the public view writes a known value as withheld with the note
 * {@value Protected#REDACTED}. Error messages never quote a value.
 */
final class ProtectedCodec<T> implements Codec<Protected<T>> {
  static final ProtectedCodec<String> TEXT = new ProtectedCodec<>(t -> t, t -> t, "a string");
  static final ProtectedCodec<LocalDate> DATE = new ProtectedCodec<>(LocalDate::toString, LocalDate::parse,
      "a date as YYYY-MM-DD");

  private final Function<T, String> format;
  private final Function<String, T> parse;
  private final String expected;

  private ProtectedCodec(Function<T, String> format, Function<String, T> parse, String expected) {
    this.format = format;
    this.parse = parse;
    this.expected = expected;
  }

  /** Writes the property, or nothing if the value is absent. */
  void property(JsonGenerator g, String name, Protected<T> value, WriteState w) {
    if (value.state() != Protected.State.ABSENT) {
      g.writeName(name);
      write(value, g, w);
    }
  }

  @Override
  public void write(Protected<T> value, JsonGenerator g, WriteState w) {
    Protected<T> out = w.view == View.INTERNAL ? value : value.redacted();
    g.writeStartObject();
    if (out.isKnown()) {
      g.writeStringProperty("state", "known");
      g.writeStringProperty("value", format.apply(out.reveal().orElseThrow()));
      WriteState.enumValue(g, "release", out.release());
    } else {
      g.writeStringProperty("state", out.state() == Protected.State.WITHHELD ? "withheld" : "absent");
      WriteState.string(g, "note", out.note());
    }
    w.end(g);
  }

  @Override
  public Protected<T> read(JsonParser p, ReadState r) {
    r.startObject(p, "a protected value");
    String state = null;
    T value = null;
    String note = null;
    Protected.Release release = null;
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "state":
          state = r.string(p);
          break;
        case "value":
          if (p.currentToken() != tools.jackson.core.JsonToken.VALUE_STRING) {
            throw r.fail(p, expected);
          }
          try {
            value = parse.apply(p.getString());
          } catch (DateTimeParseException e) {
            throw ReadState.error(p, ReadState.pointer(p), expected, "a string that is not one (not quoted: protected)", null);
          }
          break;
        case "note":
          note = r.string(p);
          break;
        case "release":
          release = r.enumValue(p, Protected.Release.class);
          break;
        default:
          r.unknown(p, name, "state, value, note, release");
      }
    }
    String s = r.required(p, state, "state");
    if (s.equals("known")) {
      T v = r.required(p, value, "value");
      if (note != null) {
        throw ReadState.error(p, ReadState.pointer(p) + "/note", "no note on a known value", "a note", null);
      }
      Protected<T> known = Protected.known(v);
      return release == null ? known : known.released(release);
    }
    if (s.equals("withheld")) {
      if (value != null || release != null) {
        throw ReadState.error(p, ReadState.pointer(p) + (value != null ? "/value" : "/release"), "no value and no release on a withheld value",
            value != null ? "a value (not quoted: protected)" : "a release", null);
      }
      String n = note;
      return r.build(p, () -> n == null ? Protected.<T>withheld() : Protected.<T>withheld(n));
    }
    if (s.equals("absent") && value == null && note == null && release == null) {
      return Protected.absent();
    }
    throw ReadState.error(p, ReadState.pointer(p) + "/state", "one of [known, withheld, absent], absent alone",
        "\"" + s + "\"", null);
  }
}
