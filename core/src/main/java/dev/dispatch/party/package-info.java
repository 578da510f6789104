/**
 * Parties to a conflict: states, armed forces, armed groups, militias, coalitions and de facto
 * authorities, each a {@link dev.dispatch.party.Party} with its relations to the others (member
 * of a coalition, allied with, fighting for, part of). Two parties may come from one country.
 */
@DispatchStyle
@NullMarked
package dev.dispatch.party;

import dev.dispatch.internal.DispatchStyle;
import org.jspecify.annotations.NullMarked;
