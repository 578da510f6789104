/** The report: identity, publication, credits, and the elements it holds, with their cross-references resolved. */
@DispatchStyle
@NullMarked
package dev.dispatch.report;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
