/** What sources said, as the report conveys it, and what it is about. */
@DispatchStyle
package dev.dispatch.statement;

import dev.dispatch.internal.DispatchStyle;
