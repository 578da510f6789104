package dev.dispatch.report;

import dev.dispatch.internal.Checks;
import java.net.URI;
import java.util.Optional;

/**
 * Where a report's copy came from when the publisher republished it: an agency's wire copy
 * ("Reuters"), with the original's address when known.
 *
 * <p>Invariant: the agency is not blank. Immutable and thread-safe.
 *
 * @param agency the agency or outlet whose copy it is, as printed
 * @param original where the original copy is published, when known
 */
public record Syndication(String agency, Optional<URI> original) {

  /** Checks the agency; the message names the field. */
  public Syndication {
    Checks.notBlank(agency, "Syndication", "agency");
    Checks.notNull(original, "original");
  }

  /** Copy from an agency, original unknown. */
  public static Syndication of(String agency) {
    return new Syndication(agency, Optional.empty());
  }

  /** Copy from an agency, published first at {@code original}. */
  public static Syndication of(String agency, URI original) {
    return new Syndication(agency, Optional.of(Checks.notNull(original, "original")));
  }
}
