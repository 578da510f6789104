package dev.dispatch.json;

import dev.dispatch.id.PrisonerId;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * {@code {"id": "p1", "name": {...}, "dateOfBirth": {...}, "face": {...}, "particulars": {...}}};
 * unlinked facts are {@code {"among": ["p1", "p2"], "shares": [{...}, {...}]}}.
 */
final class PrisonerCodec implements Codec<Prisoner> {
  static final PrisonerCodec INSTANCE = new PrisonerCodec();

  static final Codec<UnlinkedFacts> UNLINKED = new Codec<>() {
    @Override
    public void write(UnlinkedFacts u, JsonGenerator g, WriteState w) {
      g.writeStartObject();
      WriteState.array(g, "among", u.among(), (id, gen) -> gen.writeString(id.value()));
      WriteState.array(g, "shares", u.shares(), (s, gen) -> ParticularsCodec.INSTANCE.write(s, gen, w));
      w.end(g);
    }

    @Override
    public UnlinkedFacts read(JsonParser p, ReadState r) {
      r.startObject(p, "unlinked facts");
      List<PrisonerId> among = null;
      List<Particulars> shares = null;
      for (String name; (name = r.next(p)) != null; ) {
        switch (name) {
          case "among":
            among = r.list(p, "prisoner ids", q -> r.reference(q, PrisonerId::of));
            break;
          case "shares":
            shares = r.list(p, "particulars", q -> ParticularsCodec.INSTANCE.read(q, r));
            break;
          default:
            r.unknown(p, name, "among, shares");
        }
      }
      List<PrisonerId> a = r.required(p, among, "among");
      List<Particulars> s = r.required(p, shares, "shares");
      return r.build(p, () -> UnlinkedFacts.of(a, s));
    }
  };

  @Override
  public void write(Prisoner x, JsonGenerator g, WriteState w) {
    g.writeStartObject();
    g.writeStringProperty("id", x.id().value());
    ProtectedCodec.TEXT.property(g, "name", x.name(), w);
    ProtectedCodec.DATE.property(g, "dateOfBirth", x.dateOfBirth(), w);
    ProtectedCodec.TEXT.property(g, "face", x.face(), w);
    g.writeName("particulars");
    ParticularsCodec.INSTANCE.write(x.particulars(), g, w);
    w.end(g);
  }

  @Override
  public Prisoner read(JsonParser p, ReadState r) {
    r.startObject(p, "a prisoner");
    Prisoner.Builder b = Prisoner.builder();
    for (String name; (name = r.next(p)) != null; ) {
      switch (name) {
        case "id":
          b.id(r.declare(p, PrisonerId::of));
          break;
        case "name":
          b.name(ProtectedCodec.TEXT.read(p, r));
          break;
        case "dateOfBirth":
          b.dateOfBirth(ProtectedCodec.DATE.read(p, r));
          break;
        case "face":
          b.face(ProtectedCodec.TEXT.read(p, r));
          break;
        case "particulars":
          b.particulars(ParticularsCodec.INSTANCE.read(p, r));
          break;
        default:
          r.unknown(p, name, "id, name, dateOfBirth, face, particulars");
      }
    }
    return r.build(p, b::build);
  }
}
