package dev.dispatch.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wire names of enum constants: lower case with underscores, {@code DIRECT_QUOTE} is {@code "direct_quote"}. */
final class Wire {
  private Wire() {}

  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static List<String> names(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) {
      names.add(name(e));
    }
    return names;
  }
}
