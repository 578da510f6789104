package dev.dispatch.prisoner;

import dev.dispatch.id.Id;
import dev.dispatch.id.StatementId;
import dev.dispatch.internal.Checks;
import dev.dispatch.place.CountryCode;
import dev.dispatch.place.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a report states about a captive, apart from identity: nationality and side, capture,
 * condition, custody, documents, statements made, interpreting and legal status.
 *
 * <p>Particulars are either a {@link Prisoner}'s own (the report links them to that person) or
 * one share of {@link UnlinkedFacts} (the report gives them to "one of them" without saying
 * which). Every attribute is optional because reports are: an absent attribute means the report
 * does not say, never "no".
 *
 * <p>Invariants, checked at construction: {@code carriedNoDocuments} excludes documents;
 * injuries exclude {@code wounded == false}; texts are not blank; statements are distinct.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Particulars permits ImmutableParticulars {

  Particulars() {}

  /** The captive's nationality. */
  public abstract Optional<CountryCode> nationality();

  /** The armed force served in, as printed: "North Korean army". */
  public abstract Optional<String> force();

  /** The side fought for: Russia, for North Korean soldiers fighting for Russia. */
  public abstract Optional<CountryCode> side();

  /** How the captive was captured. */
  public abstract Optional<Capture> capture();

  /** Whether the captive is wounded; absent when the report does not say. */
  public abstract Optional<Boolean> wounded();

  /** Injuries as printed: "injury to his jaw", "broken leg". */
  public abstract List<String> injuries();

  /** Who holds the captive, where, and in what conditions. */
  public abstract Optional<Custody> custody();

  /** Documents the captive carried. */
  public abstract List<Document> documents();

  /** Whether the report states the captive carried no documents. */
  @Value.Default
  public boolean carriedNoDocuments() {
    return false;
  }

  /** Statements the captive made, by id. */
  public abstract List<StatementId> statements();

  /** How captors communicate with the captive. */
  public abstract Optional<Interpreting> interpreting();

  /** The legal status, when the report states one. */
  public abstract Optional<LegalStatus> legalStatus();

  /** The ids these particulars refer to: places, the custodian, documents' holders' origins, statements. */
  public List<Id> references() {
    List<Id> ids = new ArrayList<>();
    capture().flatMap(Capture::location).map(Location::place).ifPresent(ids::add);
    custody().ifPresent(c -> {
      c.holder().ifPresent(ids::add);
      c.location().map(Location::place).ifPresent(ids::add);
    });
    documents().forEach(d -> d.holderOrigin().ifPresent(ids::add));
    ids.addAll(statements());
    return Collections.unmodifiableList(ids);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Particulars}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableParticulars.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(!carriedNoDocuments() || documents().isEmpty(), "Particulars", "documents",
        "must be empty when carriedNoDocuments is true");
    Checks.check(injuries().isEmpty() || !wounded().equals(Optional.of(false)), "Particulars", "wounded",
        "must not be false when injuries are listed");
    injuries().forEach(i -> Checks.notBlank(i, "Particulars", "injuries"));
    force().ifPresent(f -> Checks.notBlank(f, "Particulars", "force"));
    Checks.check(Checks.distinct(statements()), "Particulars", "statements",
        () -> "must be distinct, got " + statements());
  }
}
