package dev.dispatch.source;

import dev.dispatch.internal.Checks;
import java.util.Optional;

/**
 * A channel: its kind and, where named, the platform or outlet ("X", "Telegram", "Reuters").
 *
 * <p>Invariant: the platform, when present, is not blank. Immutable and thread-safe.
 *
 * @param kind the kind of channel
 * @param platform the platform or outlet, when named
 */
public record Channel(ChannelKind kind, Optional<String> platform) {

  /** Checks the platform; the message names the field. */
  public Channel {
    Checks.notNull(kind, "kind");
    Checks.notNull(platform, "platform");
    platform.ifPresent(p -> Checks.notBlank(p, "Channel", "platform"));
  }

  /** A channel of a kind, platform unnamed. */
  public static Channel of(ChannelKind kind) {
    return new Channel(kind, Optional.empty());
  }

  /** A channel of a kind on a named platform or outlet. */
  public static Channel of(ChannelKind kind, String platform) {
    return new Channel(kind, Optional.of(Checks.notNull(platform, "platform")));
  }

  /** A post on the named platform. */
  public static Channel post(String platform) {
    return of(ChannelKind.SOCIAL_MEDIA_POST, platform);
  }
}
