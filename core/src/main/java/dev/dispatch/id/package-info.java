/** Typed ids of the elements of a report, by which they refer to each other. */
@NullMarked
package dev.dispatch.id;

import org.jspecify.annotations.NullMarked;
