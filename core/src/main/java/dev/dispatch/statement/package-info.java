/** What sources said, as the report conveys it, and what it is about. */
@DispatchStyle
@NullMarked
package dev.dispatch.statement;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
