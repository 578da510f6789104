package dev.dispatch.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {

  static Stream<Arguments> kinds() {
    return Stream.of(
        kind("source", SourceId::of), kind("statement", StatementId::of), kind("figure", FigureId::of),
        kind("prisoner", PrisonerId::of), kind("place", PlaceId::of), kind("report", ReportId::of),
        kind("event", EventId::of), kind("party", PartyId::of), kind("person", PersonId::of));
  }

  private static Arguments kind(String kind, Function<String, Id> of) {
    return Arguments.of(kind, of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void anIdIsItsValueAndKnowsItsKind(String kind, Function<String, Id> of) {
    Id id = of.apply("a.b_c:d-9");
    assertEquals("a.b_c:d-9", id.value());
    assertEquals("a.b_c:d-9", id.toString());
    assertEquals(kind, id.kind());
    assertEquals(of.apply("a.b_c:d-9"), id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "A", "Z", "0", "9", "a.b", "a_b", "a:b", "a-b", "Az09", "a.",
      "0123456789012345678901234567890123456789012345678901234567890123"})
  void theSyntaxAcceptsLettersDigitsAndFourMarks(String value) {
    assertEquals(value, SourceId.of(value).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "@", "[", "`", "{", "/", ":", "a/b", "a b", "a@b", "a[b", "a`b", "a{b", "-a", ".a",
      "_a", "é", "a\n", "01234567890123456789012345678901234567890123456789012345678901234"})
  void theSyntaxRejectsEverythingElse(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceId.of(value));
    assertEquals("SourceId.value: expected 1 to 64 characters of [A-Za-z0-9._:-] starting with a letter or digit, "
        + "got \"" + value + "\"", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void idsOfDifferentKindsNeverCompareEqual(String kind, Function<String, Id> of) {
    for (Function<String, Id> other : List.<Function<String, Id>>of(SourceId::of, PlaceId::of, PersonId::of)) {
      if (!other.apply("x").kind().equals(kind)) {
        assertNotEquals(of.apply("x"), other.apply("x"));
      }
    }
  }
}
