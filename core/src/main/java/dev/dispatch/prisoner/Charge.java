package dev.dispatch.prisoner;

import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import dev.dispatch.time.DateMention;
import java.util.Optional;

/**
 * A charge brought against a captive: "charged under Article 438 of Ukraine's Criminal Code", "on
 * charges of mercenarism brought by the Russian Investigative Committee".
 *
 * <p>Invariants: an article or a description is present; texts are not blank. Immutable and
 * thread-safe.
 *
 * @param article the article as printed: "Article 438"
 * @param code the code the article belongs to: "Criminal Code of Ukraine"
 * @param description what the charge is, as printed: "mercenarism"
 * @param authority who brought the charge, a source of the report
 * @param date when, when stated
 */
public record Charge(Optional<String> article, Optional<String> code, Optional<String> description,
    Optional<SourceId> authority, Optional<DateMention> date) {

  /** Checks the invariants; the message names the field. */
  public Charge {
    Checks.notNull(article, "article");
    Checks.notNull(code, "code");
    Checks.notNull(description, "description");
    Checks.notNull(authority, "authority");
    Checks.notNull(date, "date");
    Checks.check(article.isPresent() || description.isPresent(), "Charge", "article",
        "an article or a description is required");
    article.ifPresent(a -> Checks.notBlank(a, "Charge", "article"));
    code.ifPresent(c -> Checks.notBlank(c, "Charge", "code"));
    description.ifPresent(d -> Checks.notBlank(d, "Charge", "description"));
  }

  /** A charge under an article of a code. */
  public static Charge under(String article, String code) {
    return new Charge(Optional.of(Checks.notNull(article, "article")), Optional.of(Checks.notNull(code, "code")),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A charge known by what it is: "mercenarism". */
  public static Charge of(String description) {
    return new Charge(Optional.empty(), Optional.empty(), Optional.of(Checks.notNull(description, "description")),
        Optional.empty(), Optional.empty());
  }

  /** This charge with what it is. */
  public Charge withDescription(String description) {
    return new Charge(article, code, Optional.of(Checks.notNull(description, "description")), authority, date);
  }

  /** This charge brought by an authority. */
  public Charge withAuthority(SourceId authority) {
    return new Charge(article, code, description, Optional.of(Checks.notNull(authority, "authority")), date);
  }

  /** This charge with its date. */
  public Charge withDate(DateMention date) {
    return new Charge(article, code, description, authority, Optional.of(Checks.notNull(date, "date")));
  }
}
