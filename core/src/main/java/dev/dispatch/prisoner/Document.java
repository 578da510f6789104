package dev.dispatch.prisoner;

import dev.dispatch.id.PlaceId;
import dev.dispatch.internal.Checks;
import dev.dispatch.privacy.Protected;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a captive carried, possibly issued to someone else: "a Russian military ID card
 * issued in the name of another man from Tuva, Russia".
 *
 * <p>The holder's name, date of birth and the document number are {@link Protected}: a document
 * issued to another person exposes that person too.
 *
 * <p>Invariants: the kind and texts are not blank; a holder description or origin only
 * describes a holder other than the carrier, so it needs {@code issuedToCarrier} to be false.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Document permits ImmutableDocument {

  Document() {}

  /** What the document is, as printed: "military identification card". */
  public abstract String kind();

  /** Who issued it, as printed: "Russian military". */
  public abstract Optional<String> issuer();

  /** Whether it was issued to the person carrying it; absent when the report does not say. */
  public abstract Optional<Boolean> issuedToCarrier();

  /** How the report describes the named holder when that is someone else: "another man". */
  public abstract Optional<String> holderDescription();

  /** Where the named holder is from, a place of the report: Tuva. */
  public abstract Optional<PlaceId> holderOrigin();

  /** The name on the document. */
  @Value.Default
  public Protected<String> holderName() {
    return Protected.absent();
  }

  /** The date of birth on the document. */
  @Value.Default
  public Protected<LocalDate> holderDateOfBirth() {
    return Protected.absent();
  }

  /** The document's number. */
  @Value.Default
  public Protected<String> number() {
    return Protected.absent();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(kind(), "Document", "kind");
    issuer().ifPresent(i -> Checks.notBlank(i, "Document", "issuer"));
    holderDescription().ifPresent(h -> Checks.notBlank(h, "Document", "holderDescription"));
    boolean other = issuedToCarrier().equals(Optional.of(false));
    Checks.check(other || holderDescription().isEmpty(), "Document", "holderDescription",
        "describes a holder other than the carrier, so issuedToCarrier must be false");
    Checks.check(other || holderOrigin().isEmpty(), "Document", "holderOrigin",
        "describes a holder other than the carrier, so issuedToCarrier must be false");
  }
}
