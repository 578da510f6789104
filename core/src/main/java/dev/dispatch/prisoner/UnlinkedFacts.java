package dev.dispatch.prisoner;

import dev.dispatch.id.Id;
import dev.dispatch.id.PrisonerId;
import dev.dispatch.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Facts a report gives about distinct members of a group of prisoners without saying which member
 * each belongs to: "one was captured by special forces on January 9, the other by paratroopers".
 *
 * <p>Reading: each entry of {@link #shares()} holds for a different prisoner of {@link #among()};
 * which prisoner is unknown, and nothing links the shares of one group to the shares of another
 * (the one with the jaw injury may or may not be the one captured on 9 January). This states
 * exactly what the text states and forces no pairing.
 *
 * A single share says a fact of one of them, unknown which: "one of the three was wounded".
 *
 * <p>Invariants, checked at construction: {@code among} has at least two distinct prisoners; there
 * is at least one share and no more shares than prisoners. Immutable and thread-safe.
 *
 * @param among the prisoners the shares are distributed over, by id
 * @param shares the facts, one share per distinct prisoner, assignment unknown
 */
public record UnlinkedFacts(List<PrisonerId> among, List<Particulars> shares) {

  /** Checks the invariants and copies the lists; the message names the field. */
  public UnlinkedFacts {
    among = List.copyOf(Checks.notNull(among, "among"));
    shares = List.copyOf(Checks.notNull(shares, "shares"));
    int n = among.size();
    Checks.check(n >= 2, "UnlinkedFacts", "among", () -> "at least two prisoners are required, got " + n);
    Checks.check(Checks.distinct(among), "UnlinkedFacts", "among", "must be distinct");
    int s = shares.size();
    Checks.check(s >= 1, "UnlinkedFacts", "shares", "at least one share is required");
    Checks.check(s <= n, "UnlinkedFacts", "shares",
        () -> "expected at most one share per prisoner (" + n + "), got " + s);
  }

  /** Shares distributed over prisoners: each share belongs to a different one, unknown which. */
  public static UnlinkedFacts of(List<PrisonerId> among, List<Particulars> shares) {
    return new UnlinkedFacts(among, shares);
  }

  /** The ids these facts refer to: the prisoners and what the shares refer to. */
  public List<Id> references() {
    List<Id> ids = new ArrayList<>(among);
    shares.forEach(s -> ids.addAll(s.references()));
    return Collections.unmodifiableList(ids);
  }

  /** These facts as a public output carries them: protected values in the shares redacted. */
  public UnlinkedFacts redacted() {
    List<Particulars> redacted = new ArrayList<>(shares.size());
    shares.forEach(s -> redacted.add(s.redacted()));
    return redacted.equals(shares) ? this : new UnlinkedFacts(among, redacted);
  }
}
