package dev.dispatch.source;

import dev.dispatch.id.Id;
import dev.dispatch.id.SourceId;
import java.util.List;
import org.immutables.value.Value;

/**
 * The report itself as a source: its reporters' observation or the background it supplies.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class OwnVoice implements Source permits ImmutableOwnVoice {

  OwnVoice() {}

  @Override
  public abstract SourceId id();

  /** The capacity in which the report speaks. */
  public abstract Voice voice();

  /** The report's own voice in the given capacity. */
  public static OwnVoice of(SourceId id, Voice voice) {
    return ImmutableOwnVoice.builder().id(id).voice(voice).build();
  }

  @Override
  public String label() {
    return voice() == Voice.OBSERVATION ? "the report (observation)" : "the report (background)";
  }

  @Override
  public List<Id> references() {
    return List.of();
  }
}
