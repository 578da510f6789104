/**
 * Events: what figures and statements are about. A strike, a shelling, a capture, an abduction,
 * a deployment, a prisoner exchange, each an {@link dev.dispatch.event.Event} with its time, place,
 * actors or alleged actors, means and targets, and, for an exchange, its two sides.
 */
@DispatchStyle
@NullMarked
package dev.dispatch.event;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
