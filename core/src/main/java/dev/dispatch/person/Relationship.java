package dev.dispatch.person;

import dev.dispatch.id.Id;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.internal.Checks;
import java.util.Optional;

/**
 * How a person the report mentions stands to a prisoner or another person of the report: "his
 * mother", "the lawyer of", "her commander".
 *
 * <p>Invariant: {@code to} is a prisoner or a person of the report. Immutable and thread-safe.
 *
 * @param kind the relationship
 * @param to the prisoner or person, by id
 * @param phrase the relationship as printed ("his mother"), when kept
 */
public record Relationship(Kind kind, Id to, Optional<String> phrase) {

  /** Checks the components; the message names the field. */
  public Relationship {
    Checks.notNull(kind, "kind");
    Checks.notNull(to, "to");
    Checks.notNull(phrase, "phrase");
    Checks.check(to instanceof PrisonerId || to instanceof PersonId, "Relationship", "to",
        () -> "expected a prisoner or a person of the report, got a " + to.kind());
    phrase.ifPresent(p -> Checks.notBlank(p, "Relationship", "phrase"));
  }

  /** A relationship to a prisoner or person. */
  public static Relationship of(Kind kind, Id to) {
    return new Relationship(kind, to, Optional.empty());
  }

  /** A relationship with its wording: {@code of(Kind.PARENT, p1, "his mother")}. */
  public static Relationship of(Kind kind, Id to, String phrase) {
    return new Relationship(kind, to, Optional.of(Checks.notNull(phrase, "phrase")));
  }

  /** The kinds of relationship. */
  public enum Kind {
    /** A parent of the other. */
    PARENT,
    /** A child of the other. */
    CHILD,
    /** A spouse or partner. */
    SPOUSE,
    /** A brother or sister. */
    SIBLING,
    /** Another relative. */
    RELATIVE,
    /** A lawyer or legal representative. */
    LAWYER,
    /** The other's commander. */
    COMMANDER,
    /** A fellow soldier, colleague or fellow detainee. */
    COMRADE
  }
}
