/**
 * Casualty and force figures: what is counted (a set of outcomes, or force strength), among
 * whom, where, over what period, according to whom, and breakdowns of the total.
 */
@DispatchStyle
@NullMarked
package dev.dispatch.figure;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
