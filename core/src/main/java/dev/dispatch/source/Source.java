package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import java.util.List;

/**
 * Where a report's information comes from. A closed set of kinds: a named {@link Person}, an
 * {@link Organisation}, an {@link Anonymous} person (granted anonymity or just unidentified), a
 * {@link Collective} source ("Ukrainian and Western assessments", "officials"), an
 * {@link Unspecified} source ("reportedly", "there was a report"), a person the report mentions
 * speaking as an {@link IndividualSource} (their identity protected), or the report's
 * {@link OwnVoice}.
 *
 * <p>Sources refer to other elements only by id (a person's affiliation, a collective's members,
 * an organisation's party); those ids must resolve inside the report that holds the source.
 */
public sealed interface Source permits Person, Organisation, Anonymous, Collective, Unspecified, IndividualSource,
    OwnVoice {

  /** The source's id in its report. */
  SourceId id();

  /**
   * A short human label: a public name, a description. Never a protected value: an
   * {@link IndividualSource} is labelled by its id.
   */
  String label();

  /** The ids of other report elements this source refers to. */
  List<Id> references();
}
