package dev.dispatch.json;

import dev.dispatch.id.SourceId;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Channel;
import dev.dispatch.source.ChannelKind;
import dev.dispatch.source.Mode;
import dev.dispatch.source.Verification;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * {@code {"source": "soldier", "mode": "paraphrase", "status": "stated", "channel": {...},
 * "when": {...}, "via": {...}}}: a chain nests through {@code via}, origin outermost.
 */
final class AttributionCodec implements Codec<Attribution> {
  static final AttributionCodec INSTANCE = new AttributionCodec();

  @Override
  public void write(Attribution a, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    g.writeStringProperty("source", a.source().value());
    WriteState.enumValue(g, "mode", a.mode());
    WriteState.enumValue(g, "status", a.status());
    WriteState.object(g, "channel", a.channel(), (c, gen) -> {
      gen.writeStartObject();
      WriteState.enumValue(gen, "kind", c.kind());
      WriteState.string(gen, "platform", c.platform());
      w.end(gen);
    });
    WriteState.object(g, "when", a.when(), (m, gen) -> DateCodec.INSTANCE.write(m, gen, w));
    WriteState.object(g, "via", a.via(), (v, gen) -> write(v, gen, w));
    w.end(g);
  }

  @Override
  public Attribution read(JsonParser p, ReadState r) {
    r.startObject(p, "an attribution");
    Attribution.Builder b = Attribution.builder();
    SourceId source = null;
    Mode mode = null;
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "source":
          source = r.reference(p, SourceId::of);
          break;
        case "mode":
          mode = r.enumValue(p, Mode.class);
          break;
        case "status":
          b.status(r.enumValue(p, Verification.class));
          break;
        case "channel":
          b.channel(channel(p, r));
          break;
        case "when":
          b.when(DateCodec.INSTANCE.read(p, r));
          break;
        case "via":
          b.via(read(p, r));
          break;
        default:
          r.unknown(p, name, "source, mode, status, channel, when, via");
      }
    }
    b.source(r.required(p, source, "source")).mode(r.required(p, mode, "mode"));
    return r.build(p, b::build);
  }

  private static Channel channel(JsonParser p, ReadState r) {
    r.startObject(p, "a channel");
    ChannelKind kind = null;
    String platform = null;
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "kind":
          kind = r.enumValue(p, ChannelKind.class);
          break;
        case "platform":
          platform = r.string(p);
          break;
        default:
          r.unknown(p, name, "kind, platform");
      }
    }
    ChannelKind k = r.required(p, kind, "kind");
    String pl = platform;
    return r.build(p, () -> pl == null ? Channel.of(k) : Channel.of(k, pl));
  }
}
