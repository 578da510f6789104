/**
 * Who says what: the closed set of {@link dev.dispatch.source.Source} kinds and the
 * {@link dev.dispatch.source.Attribution}s, possibly chained ("according to the SBU, the soldier
 * said"), that tie a statement or figure to them.
 */
@DispatchStyle
@NullMarked
package dev.dispatch.source;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
