package dev.dispatch.source;

import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import dev.dispatch.time.DateMention;
import java.util.Optional;

/**
 * One link of an {@link Attribution} chain: who, how the report conveys it, with what standing,
 * through which channel and when.
 *
 * @param source who, by id
 * @param mode how the report conveys what this source said
 * @param status its standing as the report presents it
 * @param channel through what it was said, when the report says
 * @param when when it was said, when the report says
 */
public record Link(SourceId source, Mode mode, Verification status, Optional<Channel> channel,
    Optional<DateMention> when) {

  /** Checks that no component is null. */
  public Link {
    Checks.notNull(source, "source");
    Checks.notNull(mode, "mode");
    Checks.notNull(status, "status");
    Checks.notNull(channel, "channel");
    Checks.notNull(when, "when");
  }

  /** A link of a source in a mode, {@link Verification#STATED}, with no channel or time. */
  public static Link of(SourceId source, Mode mode) {
    return new Link(source, mode, Verification.STATED, Optional.empty(), Optional.empty());
  }

  /** This link with another standing. */
  public Link withStatus(Verification status) {
    return new Link(source, mode, status, channel, when);
  }

  /** This link with a channel. */
  public Link withChannel(Channel channel) {
    return new Link(source, mode, status, Optional.of(Checks.notNull(channel, "channel")), when);
  }

  /** This link with the time it was said. */
  public Link withWhen(DateMention when) {
    return new Link(source, mode, status, channel, Optional.of(Checks.notNull(when, "when")));
  }
}
