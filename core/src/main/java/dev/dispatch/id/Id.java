package dev.dispatch.id;

import java.util.regex.Pattern;

/**
 * A typed identifier of one element of a report: a source, statement, figure, prisoner or place.
 *
 * <p>An id's {@linkplain #value() value} is 1 to 64 characters from {@code [A-Za-z0-9._:-]},
 * starting with a letter or digit, so it is safe in JSON Pointers, paths and URLs. Ids of
 * different kinds never compare equal, even with the same value: {@code SourceId.of("a")} is
 * not {@code FigureId.of("a")}. Cross-references inside a report are by id and must resolve
 * inside that report.
 */
public sealed interface Id permits SourceId, StatementId, FigureId, PrisonerId, PlaceId, ReportId {

  /** The id as text. */
  String value();

  /** The kind of element this id names, in lower case: {@code "source"}, {@code "figure"}, ... */
  String kind();

  /** Checks an id value; the message names the kind and the offending value. */
  static String checked(String kind, String value) {
    if (value == null) {
      throw new NullPointerException(kind + " id must not be null");
    }
    if (!Syntax.ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          kind + " id: expected 1 to 64 characters of [A-Za-z0-9._:-] starting with a letter or digit, got \""
              + value + "\"");
    }
    return value;
  }

  /** Holds the compiled pattern out of the interface's public surface. */
  final class Syntax {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Syntax() {}
  }
}
