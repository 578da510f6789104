/** Typed ids of the elements of a report, by which they refer to each other. */
package dev.dispatch.id;
