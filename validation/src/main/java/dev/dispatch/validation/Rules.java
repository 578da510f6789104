package dev.dispatch.validation;

/**
 * The codes of the built-in rules, as constants to reference instead of string literals:
 *
 * <pre>{@code
 * ValidationResult result = Validator.defaults().validate(report);
 * List<Violation> contradictions = result.withCode(Rules.FIGURE_CONTRADICTION);
 * Validator quiet = Validator.builder().disable(Rules.STYLE_PLACE_SPELLING).build();
 * }</pre>
 *
 * <p>Each constant's value is the rule's stable {@linkplain Rule#code() code}; its default
 * severity and what it finds are stated here and, with the reasons and an example, in
 * {@code docs/validation-rules.md}. {@link Validator#defaultRules()} holds exactly these rules. A
 * code never changes meaning once released; a rule that is dropped leaves its code unused.
 */
public final class Rules {
  private Rules() {}

  // --- time --------------------------------------------------------------------------------

  /**
   * {@value}, ERROR: something the report dates (an event, when a statement was said, a capture, a
   * spell of custody, a charge, a transfer, a figure's timeframe or part) certainly after the
   * report's publication; what a statement speaks of may be to come, and is not reported.
   */
  public static final String TIME_AFTER_PUBLICATION = "time.after-publication";

  /** {@value}, ERROR: an update or correction dated certainly before the report's publication. */
  public static final String TIME_UPDATE_BEFORE_PUBLICATION = "time.update-before-publication";

  /**
   * {@value}, WARNING: a date phrase left unresolved although the publication date is known; a
   * phrase typed as a {@link dev.dispatch.time.RelativeTerm} ("earlier") is never reported.
   */
  public static final String TIME_UNRESOLVED_RELATIVE = "time.unresolved-relative";

  // --- the copy ------------------------------------------------------------------------------

  /** {@value}, WARNING: a report whose copy has no headline. */
  public static final String REPORT_HEADLINE_MISSING = "report.headline-missing";

  // --- figures -------------------------------------------------------------------------------

  /** {@value}, WARNING: a figure with no attribution. */
  public static final String FIGURE_UNATTRIBUTED = "figure.unattributed";

  /**
   * {@value}, WARNING: a figure whose implied count cannot be true beside an earlier figure of the
   * same measure, unit, population (on its structured fields), place, timeframe, event and
   * counting scope, at least one of population, place, timeframe and event stated, with equal or
   * nested outcome sets; each figure is reported once, against the first it contradicts.
   */
  public static final String FIGURE_CONTRADICTION = "figure.contradiction";

  /**
   * {@value}, INFO: a figure whose value is ten times an earlier figure's of the same thing and
   * outcomes or more, or a tenth of it or less, though their bounds do not contradict ("about 200"
   * and "about 20").
   */
  public static final String FIGURE_ESTIMATES_DIVERGE = "figure.estimates-diverge";

  /**
   * {@value}, INFO: a count made at one facility beside the toll of the same event, with equal or
   * nested outcomes: part of the toll, not a competing toll, and never a contradiction.
   */
  public static final String FIGURE_FACILITY_SCOPE = "figure.facility-scope";

  /** {@value}, WARNING: a part whose upper bound is above its whole's, at any depth. */
  public static final String FIGURE_BREAKDOWN_MAY_EXCEED_TOTAL = "figure.breakdown-may-exceed-total";

  /** {@value}, WARNING: a complete breakdown whose parts' bounds cannot sum to the whole, at any depth. */
  public static final String FIGURE_BREAKDOWN_CANNOT_SUM = "figure.breakdown-cannot-sum";

  /**
   * {@value}, WARNING: a partial breakdown whose distinct parts' lower bounds already sum above
   * the whole's upper bound, at any depth.
   */
  public static final String FIGURE_PARTIAL_BREAKDOWN_EXCEEDS_TOTAL = "figure.partial-breakdown-exceeds-total";

  /** {@value}, WARNING: a figure that revises another but is dated certainly before it. */
  public static final String FIGURE_REVISION_OUT_OF_ORDER = "figure.revision-out-of-order";

  /** {@value}, INFO: a share of a whole for which the report gives no figure. */
  public static final String FIGURE_SHARE_BASE_MISSING = "figure.share-base-missing";

  /** {@value}, WARNING: a share whose count cannot be that share of its base figure's count. */
  public static final String FIGURE_SHARE_INCONSISTENT = "figure.share-inconsistent";

  /**
   * {@value}, WARNING: a figure said to be the sum of others whose count cannot equal the sum of
   * their counts.
   */
  public static final String FIGURE_SUM_MISMATCH = "figure.sum-mismatch";

  /** {@value}, WARNING: a count whose kept phrase reads as another number than the count holds. */
  public static final String FIGURE_PHRASE_MISMATCH = "figure.phrase-mismatch";

  /**
   * {@value}, WARNING: a count of captured (or otherwise held, released or exchanged) people that
   * allows fewer people than the report has prisoner records linked to it.
   */
  public static final String FIGURE_CAPTURED_MISMATCH = "figure.captured-mismatch";

  /**
   * {@value}, INFO: a figure about one party's people attributed only to sources that speak for
   * another party to the conflict; needs {@link Settings#parties()}.
   */
  public static final String FIGURE_PARTISAN_SOURCE = "figure.partisan-source";

  // --- events --------------------------------------------------------------------------------

  /** {@value}, INFO: a prisoner exchange whose side is counted differently by different sources. */
  public static final String EVENT_EXCHANGE_COUNTS_DISAGREE = "event.exchange-counts-disagree";

  // --- sources and attribution -----------------------------------------------------------------

  /** {@value}, WARNING: a direct quote whose speaker is not identified. */
  public static final String ATTRIBUTION_QUOTE_UNIDENTIFIED = "attribution.quote-unidentified";

  /** {@value}, WARNING: an anonymous source described only as "a source", "officials" and the like. */
  public static final String SOURCE_ANONYMOUS_UNDESCRIBED = "source.anonymous-undescribed";

  /** {@value}, WARNING: a source granted anonymity without the reason. */
  public static final String SOURCE_ANONYMOUS_NO_REASON = "source.anonymous-no-reason";

  // --- prisoners and people mentioned --------------------------------------------------------

  /**
   * {@value}, ERROR: a protected value of a prisoner or a person mentioned (name, partial name,
   * date of birth, face; a document's name, date of birth, number) known and not released, in a
   * report for publication.
   */
  public static final String PRISONER_PROTECTED_EXPOSED = "prisoner.protected-exposed";

  /**
   * {@value}, ERROR: the name of a prisoner or a person mentioned can be learnt from the report
   * itself, in a report for publication: the prisoner's statements are attributed to a named
   * person, or a known, unreleased name (or a word of one), date of birth, document holder's name
   * or document number appears in any text of the report.
   */
  public static final String PRISONER_NAME_LEARNABLE = "prisoner.name-learnable";

  /**
   * {@value}, ERROR: a document issued to someone other than its carrier, with that person's
   * name known and not released, in a report for publication.
   */
  public static final String PRISONER_DOCUMENT_HOLDER_SHOWN = "prisoner.document-holder-shown";

  /** {@value}, INFO: a prisoner record with neither when nor where the capture happened. */
  public static final String PRISONER_CAPTURE_UNKNOWN = "prisoner.capture-unknown";

  /** {@value}, WARNING: a release, exchange, return or transfer dated certainly before the capture. */
  public static final String PRISONER_RELEASE_BEFORE_CAPTURE = "prisoner.release-before-capture";

  /** {@value}, WARNING: a spell of custody dated certainly before an earlier-listed spell or the capture. */
  public static final String PRISONER_CUSTODY_OUT_OF_ORDER = "prisoner.custody-out-of-order";

  // --- house style -----------------------------------------------------------------------------

  /** {@value}, INFO: a place named other than the house style spells it. */
  public static final String STYLE_PLACE_SPELLING = "style.place-spelling";

  /** {@value}, WARNING: a contributor listed twice under spellings that differ in case or spacing. */
  public static final String STYLE_DUPLICATE_CONTRIBUTOR = "style.duplicate-contributor";
}
