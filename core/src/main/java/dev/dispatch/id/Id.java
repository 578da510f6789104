package dev.dispatch.id;

/**
 * A typed identifier of one element of a report: a source, statement, figure, prisoner, place,
 * event, party or person mentioned.
 *
 * <p>An id's {@linkplain #value() value} is 1 to 64 characters from {@code [A-Za-z0-9._:-]},
 * starting with a letter or digit, so it is safe in JSON Pointers, paths and URLs. Ids of
 * different kinds never compare equal, even with the same value: {@code SourceId.of("a")} is
 * not {@code FigureId.of("a")}. Cross-references inside a report are by id and must resolve
 * inside that report.
 */
public sealed interface Id permits SourceId, StatementId, FigureId, PrisonerId, PlaceId, ReportId, EventId, PartyId,
    PersonId {

  /** The id as text. */
  String value();

  /** The kind of element this id names, in lower case: {@code "source"}, {@code "figure"}, {@code "event"}, ... */
  String kind();

  /**
   * Checks an id value. As everywhere in the model, a null value is a {@link NullPointerException}
   * naming the parameter ({@code value must not be null}) and a bad one an
   * {@link IllegalArgumentException} naming the type and field: {@code FigureId.value: expected ...}.
   *
   * @param kind the kind of id, as {@link #kind()} returns it: {@code "figure"}
   * @param value the value to check
   * @return the value
   */
  static String checked(String kind, String value) {
    if (kind == null) {
      throw new NullPointerException("kind must not be null");
    }
    if (value == null) {
      throw new NullPointerException("value must not be null");
    }
    if (!Syntax.isId(value)) {
      throw new IllegalArgumentException(Character.toUpperCase(kind.charAt(0)) + kind.substring(1)
          + "Id.value: expected 1 to 64 characters of [A-Za-z0-9._:-] starting with a letter or digit, got \""
          + value + "\"");
    }
    return value;
  }

  /** The id syntax, checked without a regular expression: ids are read by the thousand. */
  final class Syntax {
    private Syntax() {}

    static boolean isId(String value) {
      int n = value.length();
      if (n == 0 || n > 64 || !isAlphanumeric(value.charAt(0))) {
        return false;
      }
      for (int i = 1; i < n; i++) {
        char c = value.charAt(i);
        if (!isAlphanumeric(c) && c != '.' && c != '_' && c != ':' && c != '-') {
          return false;
        }
      }
      return true;
    }

    private static boolean isAlphanumeric(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }
}
