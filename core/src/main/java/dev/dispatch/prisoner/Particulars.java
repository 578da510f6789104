package dev.dispatch.prisoner;

import dev.dispatch.count.Count;
import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.StatementId;
import dev.dispatch.internal.Checks;
import dev.dispatch.person.PersonRole;
import dev.dispatch.place.CountryCode;
import dev.dispatch.time.DurationMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a report states about a captive, apart from identity: who they are in public terms
 * (nationality, force and side, age, rank, role), their capture, condition (wounded, injuries,
 * health), detention over time (custody spells in order, charges, transfers, time in captivity),
 * documents, statements made, interpreting and legal status.
 *
 * <p>Particulars are either a {@link Prisoner}'s own (the report links them to that person) or one
 * share of {@link UnlinkedFacts} (the report gives them to "one of them" without saying which).
 * Every attribute is optional because reports are: an absent attribute means the report does not
 * say, never "no".
 *
 * <p>Invariants, checked at construction: {@code carriedNoDocuments} excludes documents; injuries
 * exclude {@link Wounded#NOT_WOUNDED}; texts are not blank and not repeated; statements are
 * distinct; an age is in a unit of time and at most 150 years. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Particulars {

  Particulars() {}

  /** The captive's nationality. */
  public abstract Optional<CountryCode> nationality();

  /** The armed force served in, a party of the report: the North Korean army. */
  public abstract Optional<PartyId> force();

  /** The side fought for, a party of the report: Russia, for North Korean soldiers fighting for Russia. */
  public abstract Optional<PartyId> side();

  /** The age, a count in a unit of time: "34" (years), "in his 20s", "eight months". */
  public abstract Optional<Count> age();

  /** The rank as printed: "junior sergeant". */
  public abstract Optional<String> rank();

  /** The role the report gives: serviceman, civilian, journalist, medic. */
  public abstract Optional<PersonRole> role();

  /** How the captive was captured. */
  public abstract Optional<Capture> capture();

  /** Whether the captive is wounded; {@link Wounded#NOT_STATED} unless the report says. */
  @Value.Default
  public Wounded wounded() {
    return Wounded.NOT_STATED;
  }

  /** Injuries as printed: "injury to his jaw", "broken leg". */
  public abstract List<String> injuries();

  /** Health conditions as printed, beyond injuries: "diabetic", "lost 20 kg in captivity". */
  public abstract List<String> health();

  /** The spells of detention, in order: who held the captive, where, when. */
  public abstract List<Custody> custody();

  /** Charges brought against the captive. */
  public abstract List<Charge> charges();

  /** How the captive left custody, in order: transferred, exchanged, released, returned. */
  public abstract List<Transfer> transfers();

  /** Time in captivity as the report states it: "after two years in captivity". */
  public abstract Optional<DurationMention> captivity();

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

  /** Particulars of which the report states nothing. */
  public static Particulars none() {
    return None.VALUE;
  }

  /** Holds the empty particulars apart, so that Particulars' initialisation never waits for its subclass's. */
  private static final class None {
    static final Particulars VALUE = ImmutableParticulars.generatedBuilder().build();
  }

  /**
   * The ids these particulars refer to: parties, places, capture and transfer events, holders,
   * charging authorities, documents' holders' origins, statements.
   */
  public List<Id> references() {
    List<Id> ids = new ArrayList<>();
    force().ifPresent(ids::add);
    side().ifPresent(ids::add);
    capture().ifPresent(c -> {
      c.location().ifPresent(l -> ids.addAll(l.places()));
      c.party().ifPresent(ids::add);
      c.event().ifPresent(ids::add);
    });
    for (Custody c : custody()) {
      c.holder().ifPresent(ids::add);
      c.location().ifPresent(l -> ids.addAll(l.places()));
    }
    charges().forEach(c -> c.authority().ifPresent(ids::add));
    for (Transfer t : transfers()) {
      t.location().ifPresent(l -> ids.addAll(l.places()));
      t.event().ifPresent(ids::add);
    }
    documents().forEach(d -> d.holderOrigin().ifPresent(ids::add));
    ids.addAll(statements());
    return Collections.unmodifiableList(ids);
  }

  /** These particulars as a public output carries them: documents' protected values redacted. */
  public Particulars redacted() {
    if (documents().isEmpty()) {
      return this;
    }
    List<Document> redacted = new ArrayList<>(documents().size());
    documents().forEach(d -> redacted.add(d.redacted()));
    return redacted.equals(documents()) ? this : copy().withDocuments(redacted);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** These particulars with a capture. */
  public Particulars withCapture(Capture capture) {
    return copy().withCapture(capture);
  }

  /** These particulars with whether the captive is wounded. */
  public Particulars withWounded(Wounded wounded) {
    return copy().withWounded(wounded);
  }

  /** This value as its generated implementation, whose withers copy it; every instance is one. */
  private ImmutableParticulars copy() {
    return (ImmutableParticulars) ImmutableParticulars.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.check(!carriedNoDocuments() || documents().isEmpty(), "Particulars", "documents",
        "must be empty when carriedNoDocuments is true");
    Checks.check(injuries().isEmpty() || wounded() != Wounded.NOT_WOUNDED, "Particulars", "wounded",
        "must not be NOT_WOUNDED when injuries are listed");
    Checks.distinctTexts(injuries(), "Particulars", "injuries");
    Checks.distinctTexts(health(), "Particulars", "health");
    rank().ifPresent(r -> Checks.notBlank(r, "Particulars", "rank"));
    age().ifPresent(a -> Checks.age(a, "Particulars", "age"));
    Checks.check(Checks.distinct(statements()), "Particulars", "statements", "must be distinct");
  }

  /** Builds {@link Particulars}; nothing is required. Not thread-safe; {@link #build()} checks the invariants. */
  public static final class Builder {
    private final ImmutableParticulars.Builder b = ImmutableParticulars.generatedBuilder();

    private Builder() {}

    /** Sets the captive's nationality. */
    public Builder nationality(CountryCode nationality) {
      b.nationality(Checks.notNull(nationality, "nationality"));
      return this;
    }

    /** Sets the armed force served in, a party of the report. */
    public Builder force(PartyId force) {
      b.force(Checks.notNull(force, "force"));
      return this;
    }

    /** Sets the side fought for, a party of the report. */
    public Builder side(PartyId side) {
      b.side(Checks.notNull(side, "side"));
      return this;
    }

    /** Sets the age, a count in years. */
    public Builder age(Count age) {
      b.age(Checks.notNull(age, "age"));
      return this;
    }

    /** Sets the rank as printed. */
    public Builder rank(String rank) {
      b.rank(Checks.notNull(rank, "rank"));
      return this;
    }

    /** Sets the role the report gives. */
    public Builder role(PersonRole role) {
      b.role(Checks.notNull(role, "role"));
      return this;
    }

    /** Sets how the captive was captured. */
    public Builder capture(Capture capture) {
      b.capture(Checks.notNull(capture, "capture"));
      return this;
    }

    /** Sets whether the captive is wounded. */
    public Builder wounded(Wounded wounded) {
      b.wounded(Checks.notNull(wounded, "wounded"));
      return this;
    }

    /** Adds injuries as printed. */
    public Builder addInjuries(String... injuries) {
      b.addInjuries(Checks.notNull(injuries, "injuries"));
      return this;
    }

    /** Adds health conditions as printed. */
    public Builder addHealth(String... health) {
      b.addHealth(Checks.notNull(health, "health"));
      return this;
    }

    /** Adds spells of detention, in order. */
    public Builder addCustody(Custody... custody) {
      b.addCustody(Checks.notNull(custody, "custody"));
      return this;
    }

    /** Adds charges. */
    public Builder addCharges(Charge... charges) {
      b.addCharges(Checks.notNull(charges, "charges"));
      return this;
    }

    /** Adds transfers, in order. */
    public Builder addTransfers(Transfer... transfers) {
      b.addTransfers(Checks.notNull(transfers, "transfers"));
      return this;
    }

    /** Sets the time in captivity. */
    public Builder captivity(DurationMention captivity) {
      b.captivity(Checks.notNull(captivity, "captivity"));
      return this;
    }

    /** Adds documents the captive carried. */
    public Builder addDocuments(Document... documents) {
      b.addDocuments(Checks.notNull(documents, "documents"));
      return this;
    }

    /** Records that the report states the captive carried no documents. */
    public Builder carriedNoDocuments(boolean carriedNoDocuments) {
      b.carriedNoDocuments(carriedNoDocuments);
      return this;
    }

    /** Adds statements the captive made, by id. */
    public Builder addStatements(StatementId... statements) {
      b.addStatements(Checks.notNull(statements, "statements"));
      return this;
    }

    /** Sets how captors communicate with the captive. */
    public Builder interpreting(Interpreting interpreting) {
      b.interpreting(Checks.notNull(interpreting, "interpreting"));
      return this;
    }

    /** Sets the legal status the report states. */
    public Builder legalStatus(LegalStatus legalStatus) {
      b.legalStatus(Checks.notNull(legalStatus, "legalStatus"));
      return this;
    }

    /**
     * The particulars.
     *
     * @throws IllegalArgumentException naming the field, if an invariant is broken
     */
    public Particulars build() {
      return b.build();
    }
  }
}
