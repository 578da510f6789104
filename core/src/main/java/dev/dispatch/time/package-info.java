/**
 * Dates as reports give them: at a precision (day, month, season, year), approximate or
 * uncertain, as intervals with open ends, and as phrases ("on Saturday", "last fall") kept
 * verbatim beside what they resolve to. The serialised form is a documented subset of EDTF
 * (ISO 8601-2); see {@link dev.dispatch.time.DateValue#parse(String)}.
 */
@DispatchStyle
@NullMarked
package dev.dispatch.time;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
