package dev.dispatch.figure;

import dev.dispatch.count.Proportion;
import dev.dispatch.id.FigureId;
import dev.dispatch.id.Id;
import dev.dispatch.id.StatementId;
import dev.dispatch.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * How a figure relates to other figures of its report, by id: it {@link Revises revises} an earlier
 * toll, is a {@link ShareOf share of} another, the {@link SumOf sum of} others, {@link ExcludedFrom
 * excluded from} another ("not included in these figures"), or {@link ComparedWith compared with}
 * another by a source that explains the difference.
 */
public sealed interface FigureRelation {

  /** The figures (and statement) this relation refers to. */
  List<Id> references();

  /** The figures this relation points to, for the report's cycle check. */
  List<FigureId> figures();

  /** "The toll rose to 41": this figure updates {@code earlier}. */
  static FigureRelation revises(FigureId earlier) {
    return new Revises(earlier);
  }

  /** "About a third of the 3,000": this figure is {@code share} of {@code base}. */
  static FigureRelation shareOf(FigureId base, Proportion share) {
    return new ShareOf(Optional.of(Checks.notNull(base, "base")), share, Optional.empty());
  }

  /** "40% of the city's population": a share of a whole the report gives no figure for. */
  static FigureRelation shareOf(Proportion share, String baseDescription) {
    return new ShareOf(Optional.empty(), share, Optional.of(Checks.notNull(baseDescription, "baseDescription")));
  }

  /** This figure is the sum of {@code parts}. */
  static FigureRelation sumOf(FigureId... parts) {
    return new SumOf(List.of(Checks.notNull(parts, "parts")));
  }

  /** "Not included in these figures": this figure is left out of {@code total}. */
  static FigureRelation excludedFrom(FigureId total) {
    return new ExcludedFrom(total);
  }

  /** A source compares this figure with {@code other}; the statement explains the difference. */
  static FigureRelation comparedWith(FigureId other, StatementId explanation) {
    return new ComparedWith(other, Optional.of(Checks.notNull(explanation, "explanation")));
  }

  /**
   * This figure updates an earlier one.
   *
   * @param earlier the figure it revises
   */
  record Revises(FigureId earlier) implements FigureRelation {
    /** Checks the component is not null. */
    public Revises {
      Checks.notNull(earlier, "earlier");
    }

    @Override
    public List<Id> references() {
      return List.of(earlier);
    }

    @Override
    public List<FigureId> figures() {
      return List.of(earlier);
    }
  }

  /**
   * This figure is a share of another, or of a whole the report describes without a figure.
   *
   * @param base the figure it is a share of; empty when the report gives none (a validation finding)
   * @param share the share, with its phrase as printed ("nearly a quarter", "40%", "most")
   * @param baseDescription the whole as printed, when there is no base figure: "the city's population"
   */
  record ShareOf(Optional<FigureId> base, Proportion share, Optional<String> baseDescription)
      implements FigureRelation {
    /** Checks the components; the message names the field. */
    public ShareOf {
      Checks.notNull(base, "base");
      Checks.notNull(share, "share");
      Checks.notNull(baseDescription, "baseDescription");
      baseDescription.ifPresent(d -> Checks.notBlank(d, "FigureRelation", "baseDescription"));
    }

    @Override
    public List<Id> references() {
      return base.<List<Id>>map(List::of).orElse(List.of());
    }

    @Override
    public List<FigureId> figures() {
      return base.map(List::of).orElse(List.of());
    }
  }

  /**
   * This figure is the sum of others.
   *
   * @param parts the figures summed, at least two, distinct
   */
  record SumOf(List<FigureId> parts) implements FigureRelation {
    /** Checks and copies the list; the message names the field. */
    public SumOf {
      parts = List.copyOf(Checks.notNull(parts, "parts"));
      int n = parts.size();
      Checks.check(n >= 2, "FigureRelation", "parts", () -> "at least two figures are summed, got " + n);
      Checks.check(Checks.distinct(parts), "FigureRelation", "parts", "must be distinct");
    }

    @Override
    public List<Id> references() {
      return Collections.unmodifiableList(new ArrayList<>(parts));
    }

    @Override
    public List<FigureId> figures() {
      return parts;
    }
  }

  /**
   * This figure is left out of another: "not included in these figures".
   *
   * @param total the figure it is excluded from
   */
  record ExcludedFrom(FigureId total) implements FigureRelation {
    /** Checks the component is not null. */
    public ExcludedFrom {
      Checks.notNull(total, "total");
    }

    @Override
    public List<Id> references() {
      return List.of(total);
    }

    @Override
    public List<FigureId> figures() {
      return List.of(total);
    }
  }

  /**
   * A source compares this figure with another: "the lower figure reflects stricter counting".
   *
   * @param other the figure compared with
   * @param explanation the statement that explains the difference, about both figures, when there is one
   */
  record ComparedWith(FigureId other, Optional<StatementId> explanation) implements FigureRelation {
    /** Checks that no component is null. */
    public ComparedWith {
      Checks.notNull(other, "other");
      Checks.notNull(explanation, "explanation");
    }

    @Override
    public List<Id> references() {
      if (explanation.isEmpty()) {
        return List.of(other);
      }
      return List.of(other, explanation.get());
    }

    @Override
    public List<FigureId> figures() {
      return List.of(other);
    }
  }
}
