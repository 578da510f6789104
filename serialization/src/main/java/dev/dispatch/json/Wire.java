package dev.dispatch.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wire names of enum constants: lower case with underscores, {@code DIRECT_QUOTE} is
 * {@code "direct_quote"}. Computed once per enum type.
 */
final class Wire {
  private Wire() {}

  private static final ClassValue<String[]> NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
      }
      return names;
    }
  };

  private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> map = new HashMap<>();
      Object[] constants = type.getEnumConstants();
      String[] names = NAMES.get(type);
      for (int i = 0; i < constants.length; i++) {
        map.put(names[i], constants[i]);
      }
      return Collections.unmodifiableMap(map);
    }
  };

  static String name(Enum<?> e) {
    return NAMES.get(e.getDeclaringClass())[e.ordinal()];
  }

  static List<String> names(Class<? extends Enum<?>> type) {
    return new ArrayList<>(List.of(NAMES.get(type)));
  }

  /** The constant with this wire name, or null. */
  static <E extends Enum<E>> E constant(Class<E> type, String name) {
    return type.cast(CONSTANTS.get(type).get(name));
  }
}
