/**
 * The Dispatch model: immutable value types for news reports about armed conflict.
 *
 * <p>Every type in the exported packages is immutable and thread-safe, rejects {@code null}
 * arguments with a {@link NullPointerException} naming the parameter, and rejects values that
 * break its documented invariants with an {@link IllegalArgumentException} naming the field
 * ({@code Figure.count: ...}); a builder missing a required field throws the same, with
 * {@code required, but not set}. Nullness is stated with JSpecify: every exported package is
 * {@code @NullMarked}, and absent values are {@link java.util.Optional}, never null.
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
  exports dev.dispatch.party;
  exports dev.dispatch.person;
  exports dev.dispatch.event;
  exports dev.dispatch.report;
  exports dev.dispatch.phrase;
}
