package dev.dispatch.testkit;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The one source of choices of every {@link Generator}: a whole number between two bounds.
 *
 * <p>It is a functional interface so that any property-testing library drives the generators in
 * one line. With QuickTheories, shrinking the draws shrinks the value, because every generator
 * draws smaller numbers for smaller, simpler values:
 *
 * <pre>{@code
 * Gen<Report> reports = rs -> Generators.reports(8).generate((min, max) -> rs.next(Constraint.between(min, max)));
 * }</pre>
 *
 * With a seed, for plain JUnit tests: {@code Generators.reports(8).generate(Randomness.seeded(42))}.
 */
@FunctionalInterface
public interface Randomness {

  /**
   * A number from {@code min} to {@code max}, both included.
   *
   * @param min the smallest allowed, at most {@code max}
   * @param max the largest allowed
   * @return the number
   */
  long next(long min, long max);

  /** Randomness from a JDK generator, such as {@code new SplittableRandom(seed)}. */
  static Randomness of(RandomGenerator generator) {
    Objects.requireNonNull(generator, "generator must not be null");
    return (min, max) -> max == Long.MAX_VALUE && min == Long.MIN_VALUE ? generator.nextLong()
        : min == max ? min : generator.nextLong(min, max + 1);
  }

  /** Reproducible randomness: the same seed gives the same values. */
  static Randomness seeded(long seed) {
    return of(new java.util.SplittableRandom(seed));
  }

  /** An int from {@code min} to {@code max}, both included. */
  default int nextInt(int min, int max) {
    return (int) next(min, max);
  }

  /** True or false; false is the simpler choice. */
  default boolean nextBoolean() {
    return next(0, 1) == 1;
  }

  /** True with about one chance in {@code n}; false is the simpler choice. */
  default boolean oneIn(int n) {
    return next(0, n - 1) == n - 1;
  }

  /** One of the items; the first is the simplest choice. */
  default <T> T pick(List<T> items) {
    return items.get(nextInt(0, items.size() - 1));
  }

  /** One of the items; the first is the simplest choice. */
  @SuppressWarnings("unchecked")
  default <T> T pick(T... items) {
    return items[nextInt(0, items.length - 1)];
  }
}
