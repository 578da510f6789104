package dev.dispatch.phrase;

import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.PartialDate;
import dev.dispatch.time.Reference;
import dev.dispatch.time.ReferenceOrigin;
import java.time.LocalDate;

/** How the test tables write a reference and what a date phrase resolves to. */
final class Mentions {
  private Mentions() {}

  /**
   * A mention in the tables' words: the value's EDTF or "unresolved", then " at " and the time with
   * its offset when a time is given; "relative TERM" for a typed unresolvable phrase.
   */
  static String describe(DateMention m) {
    String s = m.relative().map(r -> "relative " + r)
        .orElseGet(() -> m.value().map(DateValue::toEdtf).orElse("unresolved"));
    if (m.time().isPresent()) {
      s += " at " + m.time().get().time() + m.time().get().offset().map(Object::toString).orElse("");
    }
    return s;
  }

  /** "-" for no reference; otherwise an EDTF date or interval, published then (origin PUBLICATION). */
  static Reference reference(String cell) {
    return Reference.of(DateValue.parse(cell), ReferenceOrigin.PUBLICATION);
  }

  /** Resolves as the tables say: no reference, a day (the LocalDate entry point), or an EDTF reference. */
  static DateMention resolve(String phrase, String reference) {
    if (reference.equals("-")) {
      return DatePhrases.resolve(phrase);
    }
    DateValue date = DateValue.parse(reference);
    if (date instanceof PartialDate && reference.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return DatePhrases.resolve(phrase, LocalDate.parse(reference));
    }
    return DatePhrases.resolve(phrase, reference(reference));
  }
}
