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

  private static final java.util.Map<String, Boolean> TAGS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Throws unless {@code tag} is a well-formed BCP 47 language tag. Results are cached: a corpus
   * uses a handful of tags, and parsing one is not free.
   */
  public static String languageTag(String tag, String type, String field) {
    notNull(tag, field);
    boolean ok = TAGS.size() < 1_000 ? TAGS.computeIfAbsent(tag, Checks::wellFormed) : wellFormed(tag);
    check(ok, type, field, () -> "expected a BCP 47 tag such as \"en\", got \"" + tag + "\"");
    return tag;
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
