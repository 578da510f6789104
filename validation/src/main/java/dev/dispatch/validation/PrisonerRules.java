package dev.dispatch.validation;

import dev.dispatch.event.Event;
import dev.dispatch.prisoner.Capture;
import dev.dispatch.prisoner.Custody;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.Transfer;
import dev.dispatch.report.Report;
import dev.dispatch.time.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rules about detention over time: a capture the record does not place or date, a release
 * before the capture, spells of custody out of order. A date of a capture or transfer is its own
 * date, or else its event's time; both where resolved.
 */
final class PrisonerRules {
  private PrisonerRules() {}

  static final Rule CAPTURE_UNKNOWN = Rule.of(Rules.PRISONER_CAPTURE_UNKNOWN, Severity.INFO,
      "A prisoner record with neither when nor where the capture happened.",
      (report, findings) -> {
        for (Prisoner p : report.prisoners()) {
          Optional<Capture> capture = p.particulars().capture();
          Optional<Event> event = capture.flatMap(Capture::event).flatMap(report::event);
          boolean dated = capture.flatMap(Capture::date).isPresent() || event.flatMap(Event::time).isPresent();
          boolean placed = capture.flatMap(Capture::location).isPresent() || event.flatMap(Event::location).isPresent();
          if (!dated && !placed) {
            findings.add(Paths.prisoner(p) + ".particulars.capture", "neither when nor where " + Paths.prisoner(p)
                + " was captured is linked to the record; link them if the report gives them");
          }
        }
      });

  static final Rule RELEASE_BEFORE_CAPTURE = Rule.of(Rules.PRISONER_RELEASE_BEFORE_CAPTURE, Severity.WARNING,
      "A release, exchange, return or transfer dated certainly before the capture.",
      (report, findings) -> Paths.particulars(report, (path, x) -> {
        Optional<LocalDate> captured = capture(report, x).flatMap(Dates::earliest);
        if (captured.isEmpty()) {
          return;
        }
        List<Transfer> transfers = x.transfers();
        for (int i = 0; i < transfers.size(); i++) {
          Transfer t = transfers.get(i);
          Optional<DateMention> when = t.date().or(() -> t.event().flatMap(report::event).flatMap(Event::time));
          Optional<LocalDate> latest = when.flatMap(Dates::latest);
          if (latest.isPresent() && latest.get().isBefore(captured.get())) {
            findings.add(path + ".transfers[" + i + "]", kind(t) + " is dated " + latest.get()
                + " at the latest, before the capture (" + captured.get() + " at the earliest); check both dates");
          }
        }
      }));

  static final Rule CUSTODY_OUT_OF_ORDER = Rule.of(Rules.PRISONER_CUSTODY_OUT_OF_ORDER, Severity.WARNING,
      "A spell of custody dated certainly before a spell listed earlier, or before the capture.",
      (report, findings) -> Paths.particulars(report, (path, x) -> {
        Optional<LocalDate> bar = capture(report, x).flatMap(Dates::earliest);
        String barWhat = "the capture";
        List<Custody> spells = x.custody();
        for (int i = 0; i < spells.size(); i++) {
          Optional<DateMention> period = spells.get(i).period();
          if (period.isEmpty()) {
            continue;
          }
          Optional<LocalDate> latest = Dates.latest(period.get());
          if (bar.isPresent() && latest.isPresent() && latest.get().isBefore(bar.get())) {
            findings.add(path + ".custody[" + i + "].period", "this spell ends by " + latest.get() + ", before "
                + barWhat + " (" + bar.get() + " at the earliest); spells are listed in the order they happened");
          }
          Optional<LocalDate> earliest = Dates.earliest(period.get());
          if (earliest.isPresent() && (bar.isEmpty() || earliest.get().isAfter(bar.get()))) {
            bar = earliest;
            barWhat = "custody[" + i + "], listed before it";
          }
        }
      }));

  static final List<Rule> ALL = List.of(CAPTURE_UNKNOWN, RELEASE_BEFORE_CAPTURE, CUSTODY_OUT_OF_ORDER);

  /** When the capture happened: its own date, or else its event's time. */
  private static Optional<DateMention> capture(Report report, Particulars x) {
    Optional<Capture> capture = x.capture();
    return capture.flatMap(Capture::date)
        .or(() -> capture.flatMap(Capture::event).flatMap(report::event).flatMap(Event::time));
  }

  /** "the exchange", "the release". */
  private static String kind(Transfer t) {
    return switch (t.kind()) {
      case RELEASED -> "the release";
      case EXCHANGED -> "the exchange";
      case RETURNED -> "the return";
      case TRANSFERRED -> "the transfer";
    };
  }
}
