package dev.dispatch.json;

import dev.dispatch.id.SourceId;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Channel;
import dev.dispatch.source.ChannelKind;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.HedgeKind;
import dev.dispatch.source.Link;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Verification;
import dev.dispatch.time.DateMention;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;

/**
 * Attributions and hedges. An attribution is an array of links, origin first, never nested:
 * "according to the SBU, the soldier said" is {@code [{"source": "soldier", "mode": "paraphrase"},
 * {"source": "sbu", "mode": "paraphrase"}]}. A chain of any length nests no deeper than one link,
 * so its length is bounded by the document's size and token limits, not by the nesting limit. A
 * link's {@code status} is omitted when it is {@code stated}, the default.
 */
final class AttributionCodec {
  private AttributionCodec() {}

  private static final Codec<ChannelKind> CHANNEL_KIND = Codec.enumeration(ChannelKind.class);
  private static final Codec<Mode> MODE = Codec.enumeration(Mode.class);
  private static final Codec<Verification> VERIFICATION = Codec.enumeration(Verification.class);
  private static final Codec<HedgeKind> HEDGE_KIND = Codec.enumeration(HedgeKind.class);

  private static final class ChannelParts {
    @Nullable ChannelKind kind;
    @Nullable String platform;
  }

  static final Table<Channel, ChannelParts> CHANNEL = Table.of("a channel", ChannelParts::new,
          (ChannelParts c) -> new Channel(Objects.requireNonNull(c.kind), Optional.ofNullable(c.platform)))
      .required("kind", Channel::kind, CHANNEL_KIND, (c, v) -> c.kind = v)
      .optional("platform", Channel::platform, Codec.STRING, (c, v) -> c.platform = v)
      .writtenBy(n -> {
        SerializedString kind = n.of("kind"), platform = n.of("platform");
        return (c, g, w) -> {
          Table.required(g, kind, c.kind(), CHANNEL_KIND, w);
          Table.optional(g, platform, c.platform());
        };
      })
      .build();

  private static final class LinkParts {
    @Nullable SourceId source;
    @Nullable Mode mode;
    Verification status = Verification.STATED;
    @Nullable Channel channel;
    @Nullable DateMention when;
  }

  static final Table<Link, LinkParts> LINK = Table.of("a link of an attribution", LinkParts::new,
          (LinkParts l) -> new Link(Objects.requireNonNull(l.source), Objects.requireNonNull(l.mode), l.status,
              Optional.ofNullable(l.channel), Optional.ofNullable(l.when)))
      .required("source", Link::source, Ids.SOURCE, (l, v) -> l.source = v)
      .required("mode", Link::mode, MODE, (l, v) -> l.mode = v)
      .byDefault("status", Link::status, Verification.STATED, VERIFICATION,
          (l, v) -> l.status = v)
      .optional("channel", Link::channel, CHANNEL, (l, v) -> l.channel = v)
      .optional("when", Link::when, DateCodec.INSTANCE, (l, v) -> l.when = v)
      .writtenBy(n -> {
        SerializedString source = n.of("source"), mode = n.of("mode"), status = n.of("status");
        SerializedString channel = n.of("channel"), when = n.of("when");
        return (l, g, w) -> {
          Table.required(g, source, l.source().value());
          Table.required(g, mode, l.mode(), MODE, w);
          Table.byDefault(g, status, l.status(), Verification.STATED, VERIFICATION, w);
          Table.optional(g, channel, l.channel(), CHANNEL, w);
          Table.optional(g, when, l.when(), DateCodec.INSTANCE, w);
        };
      })
      .build();

  /** An attribution: its links, origin first, as one array; an empty array breaks the model's invariant. */
  static final Codec<Attribution> INSTANCE = Codec.array("the links of an attribution", Attribution::links, LINK,
      Attribution::of);

  private static final class HedgeParts {
    @Nullable HedgeKind kind;
    @Nullable String phrase;
  }

  /** {@code {"kind": "believed", "phrase": "are believed to"}}. */
  static final Table<Hedge, HedgeParts> HEDGE = Table.of("a hedge", HedgeParts::new,
          (HedgeParts h) -> new Hedge(Objects.requireNonNull(h.kind), Optional.ofNullable(h.phrase)))
      .required("kind", Hedge::kind, HEDGE_KIND, (h, v) -> h.kind = v)
      .optional("phrase", Hedge::phrase, Codec.STRING, (h, v) -> h.phrase = v)
      .writtenBy(n -> {
        SerializedString kind = n.of("kind"), phrase = n.of("phrase");
        return (h, g, w) -> {
          Table.required(g, kind, h.kind(), HEDGE_KIND, w);
          Table.optional(g, phrase, h.phrase());
        };
      })
      .build();
}
