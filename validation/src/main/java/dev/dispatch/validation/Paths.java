package dev.dispatch.validation;

import dev.dispatch.figure.Figure;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Walks the report's elements with their property paths, so rules name where they found things. */
final class Paths {
  private Paths() {}

  static String statement(Statement s) {
    return "statements[" + s.id() + "]";
  }

  static String figure(Figure f) {
    return "figures[" + f.id() + "]";
  }

  static String prisoner(Prisoner p) {
    return "prisoners[" + p.id() + "]";
  }

  /** A date mention and its path. */
  record Dated(String path, DateMention mention, boolean isStatementTime) {}

  /** Every date mention in the report except the publication date and updates. */
  static List<Dated> dates(Report report) {
    List<Dated> all = new ArrayList<>();
    for (Statement s : report.statements()) {
      chain(statement(s) + ".attribution", s.attribution(), all);
      s.eventTime().ifPresent(m -> all.add(new Dated(statement(s) + ".eventTime", m, false)));
    }
    for (Figure f : report.figures()) {
      f.period().ifPresent(m -> all.add(new Dated(figure(f) + ".period", m, false)));
      f.cumulativeTo().ifPresent(m -> all.add(new Dated(figure(f) + ".cumulativeTo", m, false)));
      f.attribution().ifPresent(a -> chain(figure(f) + ".attribution", a, all));
    }
    particulars(report, (path, p) -> p.capture().flatMap(c -> c.date())
        .ifPresent(m -> all.add(new Dated(path + ".capture.date", m, false))));
    return all;
  }

  private static void chain(String path, Attribution a, List<Dated> into) {
    String at = path;
    for (Optional<Attribution> link = Optional.of(a); link.isPresent(); link = link.get().via()) {
      String here = at;
      link.get().when().ifPresent(m -> into.add(new Dated(here + ".when", m, true)));
      at = at + ".via";
    }
  }

  /** Every particulars in the report, the prisoners' own and the unlinked shares, with paths. */
  static void particulars(Report report, BiConsumer<String, Particulars> each) {
    for (Prisoner p : report.prisoners()) {
      each.accept(prisoner(p) + ".particulars", p.particulars());
    }
    for (int i = 0; i < report.unlinked().size(); i++) {
      List<Particulars> shares = report.unlinked().get(i).shares();
      for (int j = 0; j < shares.size(); j++) {
        each.accept("unlinked[" + i + "].shares[" + j + "]", shares.get(j));
      }
    }
  }
}
