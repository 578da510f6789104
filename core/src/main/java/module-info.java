/**
 * The Dispatch model: immutable value types for news reports about armed conflict.
 *
 * <p>Every type in the exported packages is immutable and thread-safe, rejects {@code null}
 * arguments with a {@link NullPointerException} naming the parameter, and rejects values that
 * break its documented invariants with an {@link IllegalArgumentException} naming the field.
 * This module has no run-time dependency beyond {@code java.base}.
 */
module dev.dispatch.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports dev.dispatch.id;
  exports dev.dispatch.count;
  exports dev.dispatch.time;
  exports dev.dispatch.place;
  exports dev.dispatch.source;
  exports dev.dispatch.statement;
  exports dev.dispatch.figure;
  exports dev.dispatch.prisoner;
  exports dev.dispatch.privacy;
  exports dev.dispatch.report;
  exports dev.dispatch.phrase;
}
