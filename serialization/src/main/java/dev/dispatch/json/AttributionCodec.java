package dev.dispatch.json;

import dev.dispatch.id.SourceId;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Channel;
import dev.dispatch.source.ChannelKind;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Verification;

/**
 * {@code {"source": "soldier", "mode": "paraphrase", "status": "stated", "channel": {...},
 * "when": {...}, "via": {...}}}: a chain nests through {@code via}, origin outermost.
 */
final class AttributionCodec {
  private AttributionCodec() {}

  private static final class ChannelParts {
    ChannelKind kind;
    String platform;
  }

  private static final Table<Channel, ChannelParts> CHANNEL = Table.of("a channel", ChannelParts::new,
          (ChannelParts c) -> c.platform == null ? Channel.of(c.kind) : Channel.of(c.kind, c.platform))
      .required("kind", Channel::kind, Codec.enumeration(ChannelKind.class), (c, v) -> c.kind = v)
      .optional("platform", Channel::platform, Codec.STRING, (c, v) -> c.platform = v)
      .build();

  static final Table<Attribution, Attribution.Builder> INSTANCE = Table.of("an attribution", Attribution::builder,
          Attribution.Builder::build)
      .required("source", Attribution::source, Codec.reference(SourceId::of), Attribution.Builder::source)
      .required("mode", Attribution::mode, Codec.enumeration(Mode.class), Attribution.Builder::mode)
      .always("status", Attribution::status, Codec.enumeration(Verification.class), Attribution.Builder::status)
      .optional("channel", Attribution::channel, CHANNEL, Attribution.Builder::channel)
      .optional("when", Attribution::when, DateCodec.INSTANCE, Attribution.Builder::when)
      .optional("via", Attribution::via, Codec.deferred(() -> AttributionCodec.INSTANCE), Attribution.Builder::via)
      .build();
}
