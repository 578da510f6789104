package dev.dispatch.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Wire names of enum constants: lower case with underscores, {@code DIRECT_QUOTE} is
 * {@code "direct_quote"}. Computed once per enum type.
 */
final class Wire {
  private Wire() {}

  /** Each enum type's constants by wire name, in declaration order. */
  private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> map = new java.util.LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        map.put(((Enum<?>) constant).name().toLowerCase(Locale.ROOT), constant);
      }
      return Collections.unmodifiableMap(map);
    }
  };

  /** Each enum type's wire names by constant. */
  private static final ClassValue<Map<Object, String>> NAMES = new ClassValue<>() {
    @Override
    protected Map<Object, String> computeValue(Class<?> type) {
      Map<Object, String> map = new HashMap<>();
      CONSTANTS.get(type).forEach((name, constant) -> map.put(constant, name));
      return Collections.unmodifiableMap(map);
    }
  };

  static String name(Enum<?> e) {
    return String.valueOf(NAMES.get(e.getDeclaringClass()).get(e));
  }

  static List<String> names(Class<? extends Enum<?>> type) {
    return new ArrayList<>(CONSTANTS.get(type).keySet());
  }

  /** The constant with this wire name, or null. */
  static <E extends Enum<E>> @Nullable E constant(Class<E> type, String name) {
    return type.cast(CONSTANTS.get(type).get(name));
  }
}
