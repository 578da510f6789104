package dev.dispatch.prisoner;

import dev.dispatch.id.PlaceId;
import dev.dispatch.internal.Checks;
import dev.dispatch.privacy.Protected;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A document a captive carried, possibly issued to someone else: "a Russian military ID card
 * issued in the name of another man from Tuva, Russia".
 *
 * <p>The holder's name, date of birth and the document number are {@link Protected}: a document
 * issued to another person exposes that person too.
 *
 * <p>Invariants: the kind and texts are not blank; a holder description or origin only describes a
 * holder other than the carrier, so it needs {@link #issuedTo()} to be
 * {@link IssuedTo#ANOTHER_PERSON}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Document {

  Document() {}

  /** What the document is, as printed: "military identification card". */
  public abstract String kind();

  /** Who issued it, as printed: "Russian military". */
  public abstract Optional<String> issuer();

  /** To whom it was issued; {@link IssuedTo#NOT_STATED} unless the report says. */
  @Value.Default
  public IssuedTo issuedTo() {
    return IssuedTo.NOT_STATED;
  }

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

  /** This document as a public output carries it: name, date of birth and number redacted. */
  public Document redacted() {
    Document r = copy().withHolderName(holderName().redacted())
        .withHolderDateOfBirth(holderDateOfBirth().redacted()).withNumber(number().redacted());
    return r.equals(this) ? this : r;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableDocument copy() {
    return (ImmutableDocument) ImmutableDocument.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank(kind(), "Document", "kind");
    issuer().ifPresent(i -> Checks.notBlank(i, "Document", "issuer"));
    holderDescription().ifPresent(h -> Checks.notBlank(h, "Document", "holderDescription"));
    boolean other = issuedTo() == IssuedTo.ANOTHER_PERSON;
    Checks.check(other || holderDescription().isEmpty(), "Document", "holderDescription",
        "describes a holder other than the carrier, so issuedTo must be ANOTHER_PERSON");
    Checks.check(other || holderOrigin().isEmpty(), "Document", "holderOrigin",
        "describes a holder other than the carrier, so issuedTo must be ANOTHER_PERSON");
  }

  /**
   * Builds a {@link Document}. Required: {@link #kind}. Not thread-safe; {@link #build()} checks
   * the invariants.
   */
  public static final class Builder {
    private final ImmutableDocument.Builder b = ImmutableDocument.generatedBuilder();
    private @Nullable String kind;

    private Builder() {}

    /** Sets what the document is, as printed. */
    public Builder kind(String kind) {
      this.kind = Checks.notNull(kind, "kind");
      return this;
    }

    /** Sets who issued it, as printed. */
    public Builder issuer(String issuer) {
      b.issuer(Checks.notNull(issuer, "issuer"));
      return this;
    }

    /** Sets to whom it was issued. */
    public Builder issuedTo(IssuedTo issuedTo) {
      b.issuedTo(Checks.notNull(issuedTo, "issuedTo"));
      return this;
    }

    /** Sets how the report describes a holder other than the carrier. */
    public Builder holderDescription(String holderDescription) {
      b.holderDescription(Checks.notNull(holderDescription, "holderDescription"));
      return this;
    }

    /** Sets where a holder other than the carrier is from, a place of the report. */
    public Builder holderOrigin(PlaceId holderOrigin) {
      b.holderOrigin(Checks.notNull(holderOrigin, "holderOrigin"));
      return this;
    }

    /** Sets the name on the document, protected. */
    public Builder holderName(Protected<String> holderName) {
      b.holderName(Checks.notNull(holderName, "holderName"));
      return this;
    }

    /** Sets the date of birth on the document, protected. */
    public Builder holderDateOfBirth(Protected<LocalDate> holderDateOfBirth) {
      b.holderDateOfBirth(Checks.notNull(holderDateOfBirth, "holderDateOfBirth"));
      return this;
    }

    /** Sets the document's number, protected. */
    public Builder number(Protected<String> number) {
      b.number(Checks.notNull(number, "number"));
      return this;
    }

    /**
     * The document.
     *
     * @throws IllegalArgumentException naming the field, if a required field is not set or an
     *     invariant is broken
     */
    public Document build() {
      return b.kind(Checks.required(kind, "Document", "kind")).build();
    }
  }
}
