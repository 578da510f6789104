package dev.dispatch.internal;

import dev.dispatch.count.Count;
import dev.dispatch.source.Attribution;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the model packages. Every message names the type and field
 * ({@code Figure.count: ...}) and says what was expected; none quotes a protected value.
 */
public final class Checks {
  private Checks() {}

  /**
   * The longest text the model accepts, in chars: the JSON reader's default string limit, so
   * that whatever the model holds reads back with the default limits.
   */
  public static final int MAX_TEXT = 1_000_000;

  /** The longest language tag cached; longer valid tags are checked every time. */
  private static final int CACHED_TAG_LENGTH = 16;

  /** The most tags cached. Only well-formed short tags are cached: a rejected tag is never retained. */
  private static final int CACHED_TAGS = 256;

  private static final Map<String, Boolean> TAGS = new ConcurrentHashMap<>();

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
  public static <T> T notNull(@Nullable T value, String parameter) {
    // Not requireNonNull(value, supplier): the capturing lambda would be allocated on every call.
    if (value == null) {
      throw new NullPointerException(parameter + " must not be null");
    }
    return value;
  }

  /**
   * Returns a required builder value, or throws an {@link IllegalArgumentException} naming the
   * field: {@code Figure.count: required, but not set}.
   */
  public static <T> T required(@Nullable T value, String type, String field) {
    if (value == null) {
      throw new IllegalArgumentException(type + "." + field + ": required, but not set");
    }
    return value;
  }

  /**
   * Throws unless {@code text} has a non-blank character and at most {@link #MAX_TEXT} chars;
   * returns it unchanged otherwise (text is kept as printed: never trimmed).
   */
  public static String notBlank(String text, String type, String field) {
    notNull(text, field);
    check(text.length() <= MAX_TEXT, type, field,
        () -> "expected at most " + MAX_TEXT + " characters, got " + text.length());
    check(!text.isBlank(), type, field, "must not be blank");
    return text;
  }

  /**
   * Throws unless {@code tag} is a well-formed BCP 47 language tag. Well-formed tags of at most
   * 16 chars are cached (a corpus uses a handful); nothing else is retained, so rejected input
   * costs no memory after the call.
   */
  public static String languageTag(String tag, String type, String field) {
    notNull(tag, field);
    check(tag.length() <= 64, type, field, () -> "expected a BCP 47 tag such as \"en\", got " + tag.length()
        + " characters");
    boolean ok = TAGS.containsKey(tag) || (!tag.isEmpty() && wellFormed(tag));
    check(ok, type, field, () -> "expected a BCP 47 tag such as \"en\", got \"" + tag + "\"");
    if (tag.length() <= CACHED_TAG_LENGTH && TAGS.size() < CACHED_TAGS) {
      TAGS.putIfAbsent(tag, Boolean.TRUE);
    }
    return tag;
  }

  /** The number of cached language tags: for tests of the retention rule. */
  public static int cachedTags() {
    return TAGS.size();
  }

  private static boolean wellFormed(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  /** The oldest age the model accepts, in years: no one lives longer. */
  public static final int MAX_AGE_YEARS = 150;

  /**
   * Throws unless {@code age} is a count in a unit of time ("34", in years; "eight months") whose
   * lower bound is at most {@link #MAX_AGE_YEARS} years.
   */
  public static void age(Count age, String type, String field) {
    notNull(age, field);
    check(age.unit().isTime(), type, field, () -> "expected a count in a unit of time, got " + age.unit());
    long perYear = switch (age.unit().code()) {
      case "hours" -> 24L * 366;
      case "days" -> 366;
      case "weeks" -> 53;
      case "months" -> 12;
      default -> 1;
    };
    check(age.lowerBound() <= MAX_AGE_YEARS * perYear, type, field,
        () -> "expected an age of at most " + MAX_AGE_YEARS + " years, got at least " + age.lowerBound() + " " + age.unit());
  }

  /**
   * Whether the list holds no element twice; a scan for short lists, a hash set beyond.
   *
   * <p>The hash set does not trust the elements' own {@code hashCode}: it derives from
   * {@code String.hashCode}, whose collisions anyone can compute ("Aa" and "BB"), and a list of
   * colliding elements would make the check quadratic. Each element is keyed by its canonical
   * text under a hash seeded per JVM, and keys order by that text, so even equal hashes cost a
   * logarithmic search. Equality is still the elements' own.
   */
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
    Set<Keyed> seen = new HashSet<>(n * 2);
    for (Object item : items) {
      if (!seen.add(new Keyed(item))) {
        return false;
      }
    }
    return true;
  }

  /** Per-JVM seed of {@link Keyed}'s hash: unknown to whoever writes the input. */
  private static final long SEED = new SecureRandom().nextLong();

  /** An element keyed by its canonical text, with a seeded hash; equal elements give equal keys. */
  private static final class Keyed implements Comparable<Keyed> {
    private final Object item;
    private final String text;
    private final int hash;

    Keyed(Object item) {
      this.item = item;
      // Attribution's toString names only each link's source and mode; its links' text is whole.
      this.text = item instanceof Attribution a ? a.links().toString() : item.toString();
      this.hash = seededHash(text);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Keyed k && item.equals(k.item);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public int compareTo(Keyed other) {
      return text.compareTo(other.text);
    }
  }

  /** A 64-bit multiply-xorshift hash of the text's chars under {@link #SEED}, folded to 32 bits. */
  static int seededHash(String text) {
    long h = SEED ^ text.length();
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    h ^= h >>> 32;
    return (int) h;
  }

  /** Throws unless every text in the list passes {@link #notBlank} and the list has no duplicate. */
  public static void distinctTexts(List<String> texts, String type, String field) {
    texts.forEach(t -> notBlank(t, type, field));
    check(distinct(texts), type, field, "must not list the same text twice");
  }
}
