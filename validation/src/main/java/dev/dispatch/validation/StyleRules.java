package dev.dispatch.validation;

import dev.dispatch.place.Place;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** House-style rules: place spellings, credits. */
final class StyleRules {
  private StyleRules() {}

  static final Rule PLACE_SPELLING = Rule.of(Rules.STYLE_PLACE_SPELLING, Severity.INFO,
      "A place named other than the house style spells it.",
      (report, findings) -> {
        Map<String, String> spellings = findings.settings().spellings();
        for (Place p : report.places()) {
          String preferred = spellings.get(p.name());
          if (preferred != null) {
            findings.add("places[" + p.id() + "]" + (p.canonicalName().isPresent() ? ".canonicalName" : ".printedName"),
                "\"" + Quote.text(p.name()) + "\": house style is \"" + Quote.text(preferred) + "\"; set it as the canonical name and keep the "
                    + "printed one");
          }
        }
      });

  static final Rule DUPLICATE_CONTRIBUTOR = Rule.of(Rules.STYLE_DUPLICATE_CONTRIBUTOR, Severity.WARNING,
      "A contributor listed twice under spellings that differ in case or spacing.",
      (report, findings) -> {
        Map<String, Integer> first = new HashMap<>();
        List<String> contributors = report.contributors();
        for (int i = 0; i < contributors.size(); i++) {
          Integer seen = first.putIfAbsent(normalized(contributors.get(i)), i);
          if (seen != null) {
            findings.add("contributors[" + i + "]", "\"" + Quote.text(contributors.get(i)) + "\" is already listed at contributors["
                + seen + "]; list each person once and keep the published credit line in credit");
          }
        }
      });

  static final List<Rule> ALL = List.of(PLACE_SPELLING, DUPLICATE_CONTRIBUTOR);

  /** Lower case, runs of white space as one space, trimmed. */
  private static String normalized(String name) {
    StringBuilder s = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c)) {
        space = s.length() > 0;
      } else {
        if (space) {
          s.append(' ');
          space = false;
        }
        s.append(c);
      }
    }
    return s.toString().toLowerCase(Locale.ROOT);
  }
}
