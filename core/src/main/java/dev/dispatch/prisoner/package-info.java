/**
 * Prisoner-of-war records: one {@link dev.dispatch.prisoner.Prisoner} per captured person the
 * report describes, and {@link dev.dispatch.prisoner.UnlinkedFacts} for facts the report gives
 * about "one of them ... the other" without saying which is which.
 */
@DispatchStyle
@NullMarked
package dev.dispatch.prisoner;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
