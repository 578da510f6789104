/**
 * Counts as reports print them: exact, approximate, bounded, ranged, vague ("hundreds") or
 * unknown, each with a unit and the phrase as printed, and the interval logic a tracker needs.
 */
@DispatchStyle
@NullMarked
package dev.dispatch.count;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
