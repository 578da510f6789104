package dev.dispatch.json;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Strings of a fixed set (an enum's wire names, a union's discriminator values) looked up by the
 * chars the parser holds, without a String made, hashed and compared for every value read: an
 * open-addressed table of the names by their hash, at most half full. Immutable.
 *
 * @param <V> what each name stands for
 */
final class Constants<V> {
  private final char[][] names;
  private final @Nullable Object[] values;
  private final int mask;

  Constants(Map<String, V> byName) {
    int size = Integer.highestOneBit(Math.max(4, byName.size() * 4 - 1));
    names = new char[size][];
    values = new Object[size];
    mask = size - 1;
    for (Map.Entry<String, V> e : byName.entrySet()) {
      char[] name = e.getKey().toCharArray();
      int i = hash(name, 0, name.length) & mask;
      while (names[i] != null) {
        i = (i + 1) & mask;
      }
      names[i] = name;
      values[i] = e.getValue();
    }
  }

  /** What the name in {@code chars[offset..offset+length)} stands for, or null if it is none of them. */
  @SuppressWarnings("unchecked")
  @Nullable V get(char[] chars, int offset, int length) {
    for (int i = hash(chars, offset, length) & mask; ; i = (i + 1) & mask) {
      char[] name = names[i];
      if (name == null) {
        return null;
      }
      if (name.length == length && same(name, chars, offset)) {
        return (V) values[i];
      }
    }
  }

  private static boolean same(char[] name, char[] chars, int offset) {
    for (int j = 0; j < name.length; j++) {
      if (name[j] != chars[offset + j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length and the first, middle and last chars: enough to tell apart the names of a set this
   * small nearly always (a collision costs one more comparison), without a pass over every char.
   */
  private static int hash(char[] chars, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int h = length * 0x9E3779B1 + chars[offset] * 31 + chars[offset + length / 2] * 961 + chars[offset + length - 1];
    return h ^ (h >>> 15);
  }
}
