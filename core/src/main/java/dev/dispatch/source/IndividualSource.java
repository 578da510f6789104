package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.PersonId;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import java.util.List;

/**
 * A person the report mentions, speaking as a source: the mother who speaks for a detained son,
 * a witness whose name is protected. The person is an {@link dev.dispatch.person.Individual} of
 * the report, whose identity stays protected; this source only refers to them, so nothing
 * protected is in its {@link #label()}. Immutable and thread-safe.
 *
 * @param id the source's id in its report
 * @param person the person, by id
 */
public record IndividualSource(SourceId id, PersonId person) implements Source {

  /** Checks that no component is null. */
  public IndividualSource {
    Checks.notNull(id, "id");
    Checks.notNull(person, "person");
  }

  /** A person of the report as a source. */
  public static IndividualSource of(SourceId id, PersonId person) {
    return new IndividualSource(id, person);
  }

  /** {@code "person p3 of the report"}: never a name. */
  @Override
  public String label() {
    return "person " + person + " of the report";
  }

  @Override
  public List<Id> references() {
    return List.of(person);
  }
}
