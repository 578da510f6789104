package dev.dispatch.figure;

import dev.dispatch.id.Id;
import dev.dispatch.id.PartyId;
import dev.dispatch.id.PlaceId;
import dev.dispatch.internal.Checks;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One dimension and value that say which part of a whole a {@link Part} is: killed (outcome),
 * children (age group), women (sex), civilians (status), in Kharkiv oblast (place), Ukrainian
 * soldiers (party), in the part of the region Russia holds (held by), or any other dimension with
 * a label. A part may combine facets of different dimensions: "boys" is a child and male.
 */
public sealed interface Facet {

  /** The dimensions a facet can be of. */
  enum Dimension {
    /** What happened to them. */
    OUTCOME,
    /** Their age group. */
    AGE,
    /** Their sex. */
    SEX,
    /** Civilians or combatants. */
    STATUS,
    /** Where: a place of the report. */
    PLACE,
    /** Whose: a party of the report. */
    PARTY,
    /** In territory held by a party. */
    HELD_BY,
    /** Any other dimension, named by a label. */
    LABEL
  }

  /** The facet's dimension. */
  Dimension dimension();

  /**
   * What must differ between facets of one part: the dimension, and for a labelled facet its
   * label too.
   */
  default String dimensionKey() {
    return dimension().name();
  }

  /** The ids of report elements the facet refers to. */
  default List<Id> references() {
    return List.of();
  }

  /** Of these outcomes: "killed" within a toll of "killed or wounded". */
  static Facet outcomes(Outcome... outcomes) {
    return new Outcomes(Set.of(Checks.notNull(outcomes, "outcomes")));
  }

  /** Of an age group. */
  static Facet age(AgeGroup group) {
    return new Age(group);
  }

  /** Of a sex. */
  static Facet sex(Sex sex) {
    return new OfSex(sex);
  }

  /** Civilians or combatants. */
  static Facet status(CombatantStatus status) {
    return new Status(status);
  }

  /** In a place of the report. */
  static Facet place(PlaceId place) {
    return new InPlace(place);
  }

  /** Of a party of the report: "Ukrainian soldiers" of a toll of soldiers. */
  static Facet party(PartyId party) {
    return new OfParty(party);
  }

  /** In territory a party holds: "in the Russian-held part of the region". */
  static Facet heldBy(PartyId party) {
    return new HeldBy(party);
  }

  /** Any other dimension: {@code label("cause", "drowned")}. */
  static Facet label(String name, String value) {
    return new Label(name, value);
  }

  /**
   * Of a set of outcomes.
   *
   * @param outcomes at least one; UNSPECIFIED only alone
   */
  record Outcomes(Set<Outcome> outcomes) implements Facet {
    /** Checks the set; the message names the field. */
    public Outcomes {
      Checks.notNull(outcomes, "outcomes");
      Checks.check(!outcomes.isEmpty(), "Facet", "outcomes", "at least one outcome is required");
      outcomes = Set.copyOf(EnumSet.copyOf(outcomes));
      Checks.check(!outcomes.contains(Outcome.UNSPECIFIED) || outcomes.size() == 1, "Facet", "outcomes",
          "UNSPECIFIED stands alone");
    }

    @Override
    public Dimension dimension() {
      return Dimension.OUTCOME;
    }
  }

  /**
   * Of an age group.
   *
   * @param group the age group
   */
  record Age(AgeGroup group) implements Facet {
    /** Checks the component is not null. */
    public Age {
      Checks.notNull(group, "group");
    }

    @Override
    public Dimension dimension() {
      return Dimension.AGE;
    }
  }

  /**
   * Of a sex.
   *
   * @param sex the sex
   */
  record OfSex(Sex sex) implements Facet {
    /** Checks the component is not null. */
    public OfSex {
      Checks.notNull(sex, "sex");
    }

    @Override
    public Dimension dimension() {
      return Dimension.SEX;
    }
  }

  /**
   * Civilians or combatants.
   *
   * @param status the status
   */
  record Status(CombatantStatus status) implements Facet {
    /** Checks the component is not null. */
    public Status {
      Checks.notNull(status, "status");
    }

    @Override
    public Dimension dimension() {
      return Dimension.STATUS;
    }
  }

  /**
   * In a place of the report.
   *
   * @param place the place, by id
   */
  record InPlace(PlaceId place) implements Facet {
    /** Checks the component is not null. */
    public InPlace {
      Checks.notNull(place, "place");
    }

    @Override
    public Dimension dimension() {
      return Dimension.PLACE;
    }

    @Override
    public List<Id> references() {
      return List.of(place);
    }
  }

  /**
   * Of a party of the report.
   *
   * @param party the party, by id
   */
  record OfParty(PartyId party) implements Facet {
    /** Checks the component is not null. */
    public OfParty {
      Checks.notNull(party, "party");
    }

    @Override
    public Dimension dimension() {
      return Dimension.PARTY;
    }

    @Override
    public List<Id> references() {
      return List.of(party);
    }
  }

  /**
   * In territory a party holds.
   *
   * @param party the party, by id
   */
  record HeldBy(PartyId party) implements Facet {
    /** Checks the component is not null. */
    public HeldBy {
      Checks.notNull(party, "party");
    }

    @Override
    public Dimension dimension() {
      return Dimension.HELD_BY;
    }

    @Override
    public List<Id> references() {
      return List.of(party);
    }
  }

  /**
   * Any other dimension, named by a label: the escape hatch.
   *
   * @param name what the dimension is: "cause", "nationality"
   * @param value the value as printed: "drowned"
   */
  record Label(String name, String value) implements Facet {
    /** Checks the texts; the message names the field. */
    public Label {
      Checks.notBlank(name, "Facet", "name");
      Checks.notBlank(value, "Facet", "value");
      Checks.check(name.length() <= 64, "Facet", "name", "expected at most 64 characters");
    }

    @Override
    public Dimension dimension() {
      return Dimension.LABEL;
    }

    /** The dimension's own name: "LABEL:" followed by the label's name. */
    @Override
    public String dimensionKey() {
      return "LABEL:" + name;
    }
  }
}
