/**
 * From text to model: English count phrases ("more than 1,000", "hundreds of square kilometers")
 * and date phrases ("on Saturday", "the last week of December") as newsrooms print them, parsed
 * into {@link dev.dispatch.count.Count}s and {@link dev.dispatch.time.DateMention}s that keep the
 * phrase as printed. What cannot be read fails with a {@link dev.dispatch.phrase.PhraseException};
 * nothing is guessed. The forms and their meanings are listed in {@code docs/phrases.md}.
 */
@NullMarked
package dev.dispatch.phrase;

import org.jspecify.annotations.NullMarked;
