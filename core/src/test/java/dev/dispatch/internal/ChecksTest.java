package dev.dispatch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The language-tag cache keeps only what it is meant to keep (issue 12, item 5). */
class ChecksTest {

  @Test
  void aRejectedTagIsNeverKept() {
    String huge = "x".repeat(1_000_000);
    assertThrows(IllegalArgumentException.class, () -> Checks.languageTag(huge, "Report", "language"));
    assertFalse(Checks.isCached(huge), "a rejected megabyte tag stays reachable");
    assertThrows(IllegalArgumentException.class, () -> Checks.languageTag("en-12", "Report", "language"));
    assertFalse(Checks.isCached("en-12"), "a rejected short tag is cached");
  }

  @Test
  void onlyShortWellFormedTagsAreCached() {
    assertEquals("uk-UA", Checks.languageTag("uk-UA", "Report", "language"));
    assertTrue(Checks.isCached("uk-UA"));
    // Well-formed, but longer than anything a corpus needs: checked each time, not kept.
    String longTag = "en" + "-abcdefgh".repeat(10) ;
    assertEquals(longTag, Checks.languageTag(longTag, "Report", "language"));
    assertFalse(Checks.isCached(longTag));
  }
}
