package dev.dispatch.json;

import dev.dispatch.id.PrisonerId;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Identity;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.io.SerializedString;

/**
 * {@code {"id": "p1", "identity": {...}, "particulars": {...}}}, identity and particulars omitted
 * when the report gives nothing of them; unlinked facts are {@code {"among": ["p1", "p2"],
 * "shares": [{...}, {...}]}}.
 */
final class PrisonerCodec {
  private PrisonerCodec() {}

  static final Table<Prisoner, Prisoner.Builder> INSTANCE = Table.of("a prisoner", Prisoner::builder,
          Prisoner.Builder::build)
      .required("id", Prisoner::id, Codec.declare(PrisonerId::of), Prisoner.Builder::id)
      .byDefault("identity", Prisoner::identity, Identity.none(), ProtectedCodec.IDENTITY, Prisoner.Builder::identity)
      .byDefault("particulars", Prisoner::particulars, Particulars.none(), ParticularsCodec.INSTANCE,
          Prisoner.Builder::particulars)
      .writtenBy(n -> {
        SerializedString id = n.of("id"), identity = n.of("identity"), particulars = n.of("particulars");
        return (p, g, w) -> {
          Table.required(g, id, p.id().value());
          Table.byDefault(g, identity, p.identity(), Identity.none(), ProtectedCodec.IDENTITY, w);
          Table.byDefault(g, particulars, p.particulars(), Particulars.none(), ParticularsCodec.INSTANCE, w);
        };
      })
      .build();

  private static final class UnlinkedParts {
    final List<PrisonerId> among = new ArrayList<>();
    final List<Particulars> shares = new ArrayList<>();
  }

  static final Table<UnlinkedFacts, UnlinkedParts> UNLINKED = Table.of("unlinked facts", UnlinkedParts::new,
          (UnlinkedParts u) -> UnlinkedFacts.of(u.among, u.shares))
      .requiredList("among", UnlinkedFacts::among, Ids.PRISONER, (u, v) -> u.among.add(v))
      .requiredList("shares", UnlinkedFacts::shares, ParticularsCodec.INSTANCE, (u, v) -> u.shares.add(v))
      .writtenBy(n -> {
        SerializedString among = n.of("among"), shares = n.of("shares");
        return (u, g, w) -> {
          Table.list(g, among, u.among(), Ids.PRISONER, w);
          Table.list(g, shares, u.shares(), ParticularsCodec.INSTANCE, w);
        };
      })
      .build();
}
