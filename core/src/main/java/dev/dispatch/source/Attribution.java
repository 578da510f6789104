package dev.dispatch.source;

import dev.dispatch.id.SourceId;
import dev.dispatch.time.DateMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who asserts something, through which channel, when, how the report conveys it and with what
 * standing, and through whom it reached the report.
 *
 * <p>An attribution is one link of a chain that starts at the origin and ends at the report.
 * "According to the SBU, the soldier said he obtained the document last fall" is the soldier's
 * attribution, {@link #via() via} the SBU's, which reached the report directly:
 *
 * <pre>{@code
 * Attribution.of(soldier, Mode.PARAPHRASE)
 *     .via(Attribution.of(sbu, Mode.PARAPHRASE))
 * }</pre>
 *
 * A chain may be of any length; {@link #chain()} walks it from the origin towards the report.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Attribution permits ImmutableAttribution {

  Attribution() {}

  /** Who asserts it, by id. */
  public abstract SourceId source();

  /** How the report conveys it. */
  public abstract Mode mode();

  /** Its standing as the report presents it; {@link Verification#STATED} unless said otherwise. */
  @Value.Default
  public Verification status() {
    return Verification.STATED;
  }

  /** Through what it was said, when the report says. */
  public abstract Optional<Channel> channel();

  /** When it was said, when the report says. */
  public abstract Optional<DateMention> when();

  /** The next link towards the report: who relayed it. Absent when it reached the report directly. */
  public abstract Optional<Attribution> via();

  /** An attribution of a source in a mode, said directly to the report. */
  public static Attribution of(SourceId source, Mode mode) {
    return builder().source(source).mode(mode).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attribution}. */
  public static final class Builder extends ImmutableAttribution.Builder {
    Builder() {}
  }

  /** This attribution relayed by {@code next}: the chain grows towards the report. */
  public Attribution via(Attribution next) {
    return builder().from(this).via(next).build();
  }

  /** This attribution with the given status. */
  public Attribution withStatus(Verification status) {
    return builder().from(this).status(status).build();
  }

  /** This attribution with a channel. */
  public Attribution through(Channel channel) {
    return builder().from(this).channel(channel).build();
  }

  /** This attribution with the time it was said. */
  public Attribution on(DateMention when) {
    return builder().from(this).when(when).build();
  }

  /** The links from this one (the origin) to the one that reached the report. Never empty. */
  public List<Attribution> chain() {
    List<Attribution> links = new ArrayList<>();
    for (Optional<Attribution> a = Optional.of(this); a.isPresent(); a = a.get().via()) {
      links.add(a.get());
    }
    return Collections.unmodifiableList(links);
  }

  /** The sources of the chain, origin first. */
  public List<SourceId> sources() {
    if (via().isEmpty()) {
      return List.of(source());
    }
    List<SourceId> ids = new ArrayList<>(4);
    for (Optional<Attribution> a = Optional.of(this); a.isPresent(); a = a.get().via()) {
      ids.add(a.get().source());
    }
    return Collections.unmodifiableList(ids);
  }

  /** The last link: the source the report heard it from. */
  public Attribution reporter() {
    List<Attribution> links = chain();
    return links.get(links.size() - 1);
  }
}
