/**
 * People a report mentions who are neither sources nor prisoners: a relative who speaks for a
 * detainee, a victim, a commander. Each is an {@link dev.dispatch.person.Individual} whose
 * identity is protected by default, and who can also speak as a source
 * ({@link dev.dispatch.source.IndividualSource}).
 */
@DispatchStyle
@NullMarked
package dev.dispatch.person;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
