package dev.dispatch.validation;

/**
 * Over values in report order, each of a class: the first index in a range whose value is above
 * a bound, leaving out one class. A segment tree keeping, per node, the largest value with its
 * class and the largest value of any other class; a query costs {@code O(log n)} nodes, or a few
 * more. Built once, read many times.
 */
final class FirstAbove {
  private final int size;
  private final long[] best;
  private final int[] bestClass;
  private final long[] other;

  /**
   * @param values the values, in order; {@link Long#MIN_VALUE} for none
   * @param classes their classes, each at least 0
   */
  FirstAbove(long[] values, int[] classes) {
    int n = Math.max(1, values.length);
    int s = 1;
    while (s < n) {
      s <<= 1;
    }
    size = s;
    best = new long[2 * s];
    bestClass = new int[2 * s];
    other = new long[2 * s];
    java.util.Arrays.fill(best, Long.MIN_VALUE);
    java.util.Arrays.fill(other, Long.MIN_VALUE);
    java.util.Arrays.fill(bestClass, -2);
    for (int i = 0; i < values.length; i++) {
      best[s + i] = values[i];
      bestClass[s + i] = classes[i];
    }
    for (int i = s - 1; i >= 1; i--) {
      int a = 2 * i;
      int b = a + 1;
      int win = best[a] >= best[b] ? a : b;
      int lose = win == a ? b : a;
      best[i] = best[win];
      bestClass[i] = bestClass[win];
      long fromLoser = bestClass[lose] != bestClass[win] ? best[lose] : other[lose];
      other[i] = Math.max(other[win], fromLoser);
    }
  }

  /**
   * The first index in {@code [from, to)} whose value is above {@code bound} and whose class is not
   * {@code excluded}; -1 if none.
   *
   * @param excluded a class to leave out, or -1 for none
   */
  int first(int from, int to, long bound, int excluded) {
    if (from >= to) {
      return -1;
    }
    return first(1, 0, size, from, to, bound, excluded);
  }

  private boolean qualifies(int node, long bound, int excluded) {
    return (best[node] > bound && bestClass[node] != excluded) || other[node] > bound;
  }

  private int first(int node, int lo, int hi, int from, int to, long bound, int excluded) {
    if (hi <= from || to <= lo || !qualifies(node, bound, excluded)) {
      return -1;
    }
    if (hi - lo == 1) {
      return lo;
    }
    int mid = (lo + hi) >>> 1;
    int left = first(2 * node, lo, mid, from, to, bound, excluded);
    return left >= 0 ? left : first(2 * node + 1, mid, hi, from, to, bound, excluded);
  }
}
