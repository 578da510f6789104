package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import java.util.List;

/**
 * Where a report's information comes from. A closed set of kinds: a named {@link Person}, an
 * {@link Organisation}, an {@link Anonymous} or unidentified source, a {@link Collective} source
 * ("Ukrainian and Western assessments"), or the report's {@link OwnVoice}.
 *
 * <p>Sources refer to other sources only by id (a person's affiliation, a collective's members);
 * those ids must resolve inside the report that holds the source.
 */
public sealed interface Source permits Person, Organisation, Anonymous, Collective, OwnVoice {

  /** The source's id in its report. */
  SourceId id();

  /** A short human label: a name, a description. */
  String label();

  /** The ids of other report elements this source refers to. */
  List<Id> references();
}
