package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import java.util.List;

/**
 * The report itself as a source: its reporters' observation or the background it supplies.
 * Immutable and thread-safe.
 *
 * @param id the source's id in its report
 * @param voice the capacity in which the report speaks
 */
public record OwnVoice(SourceId id, Voice voice) implements Source {

  /** Checks that no component is null. */
  public OwnVoice {
    Checks.notNull(id, "id");
    Checks.notNull(voice, "voice");
  }

  /** The report's own voice in the given capacity. */
  public static OwnVoice of(SourceId id, Voice voice) {
    return new OwnVoice(id, voice);
  }

  @Override
  public String label() {
    return voice == Voice.OBSERVATION ? "the report (observation)" : "the report (background)";
  }

  @Override
  public List<Id> references() {
    return List.of();
  }
}
