package dev.dispatch.source;

import dev.dispatch.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A channel: its kind and, where named, the platform or outlet ("X").
 *
 * <p>Invariant: the platform, when present, is not blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Channel permits ImmutableChannel {

  Channel() {}

  /** The kind of channel. */
  public abstract ChannelKind kind();

  /** The platform or outlet, such as "X". */
  public abstract Optional<String> platform();

  /** A channel of a kind, platform unnamed. */
  public static Channel of(ChannelKind kind) {
    return ImmutableChannel.builder().kind(kind).build();
  }

  /** A channel of a kind on a named platform or outlet. */
  public static Channel of(ChannelKind kind, String platform) {
    return ImmutableChannel.builder().kind(kind).platform(platform).build();
  }

  /** A post on the named platform. */
  public static Channel post(String platform) {
    return ImmutableChannel.builder().kind(ChannelKind.SOCIAL_MEDIA_POST).platform(platform).build();
  }

  @Value.Check
  void check() {
    platform().ifPresent(p -> Checks.notBlank(p, "Channel", "platform"));
  }
}
