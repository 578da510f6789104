/**
 * From text to model: English count phrases ("at least 100 deaths", "hundreds of square
 * kilometers"), share phrases ("nearly a quarter"), date phrases ("on Saturday", "since the
 * spring", "as of 18:00 GMT") and duration phrases ("within two weeks") as newsrooms print them,
 * parsed into {@link dev.dispatch.count.Count}s, {@link dev.dispatch.count.Proportion}s,
 * {@link dev.dispatch.time.DateMention}s and {@link dev.dispatch.time.DurationMention}s that keep
 * the phrase as printed. What cannot be read fails with a
 * {@link dev.dispatch.phrase.PhraseException}; nothing is guessed. The forms and their meanings
 * are listed in {@code docs/phrases.md}.
 */
@NullMarked
package dev.dispatch.phrase;

import org.jspecify.annotations.NullMarked;
