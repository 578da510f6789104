/** The report: identity, publication, credits, and the elements it holds, with their cross-references resolved. */
@DispatchStyle
package dev.dispatch.report;

import dev.dispatch.internal.DispatchStyle;
