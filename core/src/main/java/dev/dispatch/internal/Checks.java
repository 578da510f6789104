package dev.dispatch.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Argument checks whose messages name the field, shared by the model packages. */
public final class Checks {
  private Checks() {}

  /** Throws unless {@code condition} holds; the message names the field and says what was expected. */
  public static void check(boolean condition, String type, String field, String expected) {
    if (!condition) {
      throw new IllegalArgumentException(type + "." + field + ": " + expected);
    }
  }

  /** As {@link #check(boolean, String, String, String)}, building the message only on failure. */
  public static void check(boolean condition, String type, String field, Supplier<String> expected) {
    if (!condition) {
      throw new IllegalArgumentException(type + "." + field + ": " + expected.get());
    }
  }

  /** Returns {@code value} or throws a {@link NullPointerException} naming the parameter. */
  public static <T> T notNull(T value, String parameter) {
    return Objects.requireNonNull(value, () -> parameter + " must not be null");
  }

  /** Throws unless {@code text} has a non-blank character; returns it unchanged otherwise. */
  public static String notBlank(String text, String type, String field) {
    notNull(text, field);
    check(!text.isBlank(), type, field, "must not be blank");
    return text;
  }

  /** The longest tag cached: RFC 5646 asks implementations to handle 35 characters; 64 leaves room. */
  static final int CACHED_TAG_LENGTH = 64;
  /** How many tags are cached at most: a corpus uses a handful. */
  static final int CACHED_TAGS = 1_000;
  /** Well-formed tags of at most {@link #CACHED_TAG_LENGTH} characters; never a rejected tag. */
  private static final java.util.Set<String> TAGS = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Throws unless {@code tag} is a well-formed BCP 47 language tag. Well-formed short tags are
   * cached (a corpus uses a handful, and parsing one is not free); a rejected tag is never kept,
   * so hostile input cannot make the cache hold memory.
   */
  public static String languageTag(String tag, String type, String field) {
    notNull(tag, field);
    if (TAGS.contains(tag)) {
      return tag;
    }
    boolean ok = !tag.isEmpty() && wellFormed(tag);
    check(ok, type, field, () -> "expected a BCP 47 tag such as \"en\", got \"" + tag + "\"");
    if (tag.length() <= CACHED_TAG_LENGTH && TAGS.size() < CACHED_TAGS) {
      TAGS.add(tag);
    }
    return tag;
  }

  /** Whether the tag is in the cache: for tests of what the cache keeps. */
  static boolean isCached(String tag) {
    return TAGS.contains(tag);
  }

  private static boolean wellFormed(String tag) {
    try {
      new java.util.Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (java.util.IllformedLocaleException e) {
      return false;
    }
  }

  /** Whether the list holds no element twice; cheap for the short lists of a report. */
  public static boolean distinct(List<?> items) {
    int n = items.size();
    if (n < 2) {
      return true;
    }
    if (n <= 8) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (items.get(i).equals(items.get(j))) {
            return false;
          }
        }
      }
      return true;
    }
    return new HashSet<>(items).size() == n;
  }
}
