package dev.dispatch.prisoner;

import dev.dispatch.id.Id;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/**
 * Facts a report gives about distinct members of a group of prisoners without saying which
 * member each belongs to: "one was captured by special forces on January 9, the other by
 * paratroopers".
 *
 * <p>Reading: each entry of {@link #shares()} holds for a different prisoner of
 * {@link #among()}; which prisoner is unknown, and nothing links the shares of one group to the
 * shares of another (the one with the jaw injury may or may not be the one captured on 9
 * January). This states exactly what the text states and forces no pairing.
 *
 * <p>Invariants, checked at construction: {@code among} has at least two distinct prisoners;
 * there are at least two shares and no more shares than prisoners. Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class UnlinkedFacts permits ImmutableUnlinkedFacts {

  UnlinkedFacts() {}

  /** The prisoners the shares are distributed over, by id. */
  public abstract List<PrisonerId> among();

  /** The facts, one share per distinct prisoner, assignment unknown. */
  public abstract List<Particulars> shares();

  /** Shares distributed over prisoners: each share belongs to a different one, unknown which. */
  public static UnlinkedFacts of(List<PrisonerId> among, List<Particulars> shares) {
    return ImmutableUnlinkedFacts.builder().addAllAmong(among).addAllShares(shares).build();
  }

  /** The ids these facts refer to: the prisoners and what the shares refer to. */
  public List<Id> references() {
    List<Id> ids = new ArrayList<>(among());
    shares().forEach(s -> ids.addAll(s.references()));
    return Collections.unmodifiableList(ids);
  }

  @Value.Check
  void check() {
    Checks.check(among().size() >= 2, "UnlinkedFacts", "among", () -> "at least two prisoners are required, got " + among().size());
    Checks.check(Checks.distinct(among()), "UnlinkedFacts", "among",
        () -> "must be distinct, got " + among());
    Checks.check(shares().size() >= 2, "UnlinkedFacts", "shares", () -> "at least two shares are required, got " + shares().size());
    Checks.check(shares().size() <= among().size(), "UnlinkedFacts", "shares",
        () -> "expected at most one share per prisoner (" + among().size() + "), got " + shares().size());
  }
}
