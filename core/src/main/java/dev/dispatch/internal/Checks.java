package dev.dispatch.internal;

import java.util.Objects;

/** Argument checks whose messages name the field, shared by the model packages. */
public final class Checks {
  private Checks() {}

  /** Throws unless {@code condition} holds; the message names the field and says what was expected. */
  public static void check(boolean condition, String type, String field, String expected) {
    if (!condition) {
      throw new IllegalArgumentException(type + "." + field + ": " + expected);
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
}
