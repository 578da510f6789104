/**
 * Places as printed and as canonically named, with their kind, country, gazetteer id and
 * coordinates, and {@link dev.dispatch.place.Location}s that relate an event to a place ("near
 * the town of Belaya").
 */
@DispatchStyle
@NullMarked
package dev.dispatch.place;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
