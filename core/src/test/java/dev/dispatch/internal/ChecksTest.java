package dev.dispatch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.fixture.Expect;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

  @Test
  void distinctScansShortListsAndHashesLongOnes() {
    List<Integer> nine = IntStream.range(0, 9).boxed().collect(Collectors.toList());
    assertTrue(Checks.distinct(nine));
    assertFalse(Checks.distinct(IntStream.range(0, 9).map(i -> i == 8 ? 0 : i).boxed().collect(Collectors.toList())));
    assertFalse(Checks.distinct(List.of(1, 2, 3, 1)));
    assertTrue(Checks.distinct(List.of(1)));
    assertTrue(Checks.distinct(List.of()));
  }

  @Test
  void messagesNameTheFieldOrParameter() {
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Checks.notNull(null, "thing"));
    assertEquals("thing must not be null", npe.getMessage());
    Expect.rejects("Type.field: required, but not set", () -> Checks.required(null, "Type", "field"));
    Expect.rejects("Type.field: expected it", () -> Checks.check(false, "Type", "field", "expected it"));
    Expect.rejects("Type.field: built lazily", () -> Checks.check(false, "Type", "field", () -> "built lazily"));
  }

  @Test
  void textIsKeptAsPrintedUpToTheLimit() {
    String longest = "x".repeat(Checks.MAX_TEXT);
    assertSame(longest, Checks.notBlank(longest, "T", "f"));
    assertEquals(" as printed ", Checks.notBlank(" as printed ", "T", "f"), "never trimmed");
  }

  @Test
  void aWellFormedShortTagIsCached() {
    int before = Checks.cachedTags();
    assertEquals("de-CH-1996", Checks.languageTag("de-CH-1996", "T", "f"));
    assertEquals("de-CH-1996", Checks.languageTag("de-CH-1996", "T", "f"));
    assertEquals(before + 1, Checks.cachedTags(), "cached once (the cache holds a few hundred at most)");
  }

  /** Issue 12, item 5: 300 rejected documents with a 1 MB language kept 299 MB reachable. */
  @Test
  void aRejectedMegabyteTagIsNeitherRetainedNorQuoted() {
    String huge = "e".repeat(1 << 20);
    int before = Checks.cachedTags();
    Expect.rejects("Report.language: expected a BCP 47 tag such as \"en\", got " + huge.length() + " characters",
        () -> Checks.languageTag(huge, "Report", "language"));
    assertEquals(before, Checks.cachedTags());
  }

  @Test
  void theEmptyTagIsNotATag() {
    Expect.rejects("T.f: expected a BCP 47 tag such as \"en\", got \"\"", () -> Checks.languageTag("", "T", "f"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_GB", "english please", "en-", "12", "x-very-long-private-use-tag-that-is-valid-too"})
  void onlyWellFormedShortTagsAreRetained(String tag) {
    int before = Checks.cachedTags();
    try {
      Checks.languageTag(tag, "T", "f");
    } catch (IllegalArgumentException rejected) {
      assertTrue(String.valueOf(rejected.getMessage()).startsWith("T.f: expected a BCP 47 tag"), rejected::getMessage);
    }
    assertEquals(before, Checks.cachedTags(), tag);
  }
}
