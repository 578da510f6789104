package dev.dispatch.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A value read together with the properties the reader did not know, so that writing it back
 * loses nothing: a pipeline on an older Dispatch does not strip fields a newer one added.
 *
 * <p>Unknown properties are kept by the JSON Pointer of the object that held them and written
 * back, after the known ones, into the object at the same pointer. Keep the value's structure
 * (element order) unchanged between reading and writing; an object that is gone takes its
 * unknown properties with it. Immutable.
 *
 * @param <T> the value's type
 */
public final class Preserved<T> {
  private final T value;
  private final Map<String, Map<String, String>> unknown;

  Preserved(T value, Map<String, Map<String, String>> unknown) {
    this.value = Objects.requireNonNull(value, "value must not be null");
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    unknown.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.unknown = Collections.unmodifiableMap(copy);
  }

  /** The value read. */
  public T value() {
    return value;
  }

  /** The unknown properties: object pointer, then property name, then the property's JSON text. */
  public Map<String, Map<String, String>> unknown() {
    return unknown;
  }

  /** The same unknown properties with another value, for example an edited copy. */
  public <U> Preserved<U> with(U newValue) {
    return new Preserved<>(newValue, unknown);
  }

  /** Counts only: unknown JSON may hold anything, even protected data from a newer format. */
  @Override
  public String toString() {
    return "Preserved[" + value + ", unknown properties at " + unknown.size() + " objects]";
  }
}
