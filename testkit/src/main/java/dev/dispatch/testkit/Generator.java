package dev.dispatch.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Makes values from {@link Randomness}: the same draws give the same value. Every value it makes
 * satisfies the invariants of its type.
 *
 * @param <T> the type of value
 */
@FunctionalInterface
public interface Generator<T> {

  /** Makes one value. */
  T generate(Randomness random);

  /** A generator of this generator's values transformed. */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f must not be null");
    return r -> f.apply(generate(r));
  }

  /** A generator of lists of {@code 0} to {@code max} values; shorter lists are simpler. */
  default Generator<List<T>> list(int max) {
    return r -> {
      int n = r.nextInt(0, max);
      List<T> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        items.add(generate(r));
      }
      return items;
    };
  }

  /** {@code count} values from a seed: for examples and fixtures. */
  default List<T> sample(long seed, int count) {
    Randomness r = Randomness.seeded(seed);
    List<T> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(generate(r));
    }
    return items;
  }
}
