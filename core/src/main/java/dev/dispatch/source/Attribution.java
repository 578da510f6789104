package dev.dispatch.source;

import dev.dispatch.id.SourceId;
import dev.dispatch.internal.Checks;
import dev.dispatch.time.DateMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who asserts something and through whom it reached the report: an ordered chain of
 * {@link Link}s, origin first. "According to the SBU, the soldier said he obtained the document
 * last fall" is soldier, then SBU:
 *
 * <pre>{@code
 * Attribution.of(soldier, Mode.PARAPHRASE)
 *     .via(sbu, Mode.PARAPHRASE)          // appends a relay: the chain is [soldier, sbu]
 * }</pre>
 *
 * <p>{@link #via} always appends: a chain of any length keeps every relay, in order. The
 * accessors {@link #source()}, {@link #mode()} and {@link #status()} and the withers
 * {@link #withChannel}, {@link #withWhen} and {@link #withStatus} are about the
 * {@linkplain #origin() origin}, the source that asserts it; a relay's own properties are set on
 * its {@link Link} before it is appended.
 *
 * <p>Invariant: at least one link. Immutable and thread-safe; equality compares the links.
 */
public final class Attribution {
  private final List<Link> links;

  private Attribution(List<Link> links) {
    Checks.check(!links.isEmpty(), "Attribution", "links", "at least one link is required");
    this.links = links;
  }

  /** An attribution of a source in a mode, said directly to the report. */
  public static Attribution of(SourceId source, Mode mode) {
    return of(Link.of(source, mode));
  }

  /** An attribution whose only link is {@code origin}. */
  public static Attribution of(Link origin) {
    return new Attribution(List.of(Checks.notNull(origin, "origin")));
  }

  /**
   * An attribution of the given links, origin first.
   *
   * @throws IllegalArgumentException if the list is empty
   */
  public static Attribution of(List<Link> links) {
    List<Link> copy = List.copyOf(Checks.notNull(links, "links"));
    return new Attribution(copy);
  }

  /** This chain relayed by one more source, appended after the current last link. */
  public Attribution via(SourceId relay, Mode mode) {
    return via(Link.of(relay, mode));
  }

  /** This chain relayed by {@code relay}, appended after the current last link. */
  public Attribution via(Link relay) {
    List<Link> all = new ArrayList<>(links.size() + 1);
    all.addAll(links);
    all.add(Checks.notNull(relay, "relay"));
    return new Attribution(Collections.unmodifiableList(all));
  }

  /** This attribution with the origin's standing changed. */
  public Attribution withStatus(Verification status) {
    return withOrigin(origin().withStatus(status));
  }

  /** This attribution with the origin's channel. */
  public Attribution withChannel(Channel channel) {
    return withOrigin(origin().withChannel(channel));
  }

  /** This attribution with the time the origin said it. */
  public Attribution withWhen(DateMention when) {
    return withOrigin(origin().withWhen(when));
  }

  private Attribution withOrigin(Link origin) {
    List<Link> all = new ArrayList<>(links);
    all.set(0, origin);
    return new Attribution(Collections.unmodifiableList(all));
  }

  /** The links, origin first, the one that reached the report last. Never empty. */
  public List<Link> links() {
    return links;
  }

  /** The first link: the source that asserts it. */
  public Link origin() {
    return links.get(0);
  }

  /** The last link: the source the report heard it from. */
  public Link reporter() {
    return links.get(links.size() - 1);
  }

  /** The origin's source, by id. */
  public SourceId source() {
    return origin().source();
  }

  /** How the report conveys what the origin said. */
  public Mode mode() {
    return origin().mode();
  }

  /** The origin's standing as the report presents it. */
  public Verification status() {
    return origin().status();
  }

  /** The sources of the chain, origin first. */
  public List<SourceId> sources() {
    if (links.size() == 1) {
      return List.of(links.get(0).source());
    }
    List<SourceId> ids = new ArrayList<>(links.size());
    links.forEach(l -> ids.add(l.source()));
    return Collections.unmodifiableList(ids);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || (other instanceof Attribution that && links.equals(that.links));
  }

  @Override
  public int hashCode() {
    return Objects.hash(links);
  }

  /** {@code Attribution[soldier (paraphrase) -> sbu (paraphrase)]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Attribution[");
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      s.append(i == 0 ? "" : " -> ").append(l.source()).append(" (").append(l.mode()).append(')');
    }
    return s.append(']').toString();
  }
}
