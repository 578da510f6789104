package dev.dispatch.time;

import dev.dispatch.internal.Checks;

/** Reads and writes the EDTF subset documented on {@link DateValue}. */
final class Edtf {
  private final String in;
  private int pos;

  private Edtf(String in) {
    this.in = in;
  }

  static DateValue parse(CharSequence text) {
    Edtf p = new Edtf(Checks.notNull(text, "edtf").toString());
    DateValue value = p.value();
    if (p.pos != p.in.length()) {
      throw p.fail(p.in.indexOf('/') >= 0 ? "end of input" : "'/' or end of input");
    }
    return value;
  }

  static String format(PartialDate d) {
    StringBuilder s = new StringBuilder(12);
    if (d.year().isPresent()) {
      pad(s, d.year().getAsInt(), 4);
    } else {
      s.append("XXXX");
    }
    if (d.season().isPresent()) {
      s.append('-').append(d.season().get().code());
    }
    if (d.month().isPresent()) {
      pad(s.append('-'), d.month().getAsInt(), 2);
    }
    if (d.day().isPresent()) {
      pad(s.append('-'), d.day().getAsInt(), 2);
    }
    if (d.approximate() && d.uncertain()) {
      s.append('%');
    } else if (d.approximate()) {
      s.append('~');
    } else if (d.uncertain()) {
      s.append('?');
    }
    return s.toString();
  }

  static String format(DateInterval i) {
    return i.start().map(Edtf::format).orElse("..") + "/" + i.end().map(Edtf::format).orElse("..");
  }

  private static void pad(StringBuilder s, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    s.append(digits);
  }

  private DateValue value() {
    if (in.startsWith("../")) {
      pos = 3;
      return DateInterval.until(date());
    }
    PartialDate start = date();
    if (pos < in.length() && in.charAt(pos) == '/') {
      pos++;
      if (in.startsWith("..", pos)) {
        pos += 2;
        return DateInterval.from(start);
      }
      PartialDate end = date();
      try {
        return DateInterval.of(start, end);
      } catch (IllegalArgumentException e) {
        throw new EdtfParseException(in, in.indexOf('/') + 1, "an end not before the start (" + e.getMessage() + ")");
      }
    }
    return start;
  }

  private PartialDate date() {
    int begin = pos;
    PartialDate.Builder b = PartialDate.builder();
    if (in.startsWith("XXXX", pos)) {
      pos += 4;
    } else {
      b.year(digits(4, "a four-digit year or XXXX"));
    }
    if (pos < in.length() && in.charAt(pos) == '-') {
      pos++;
      int second = digits(2, "a two-digit month (01-12) or season (21-24)");
      if (second >= 21 && second <= 24) {
        b.season(Season.ofCode(second));
      } else if (second >= 1 && second <= 12) {
        b.month(second);
        if (pos < in.length() && in.charAt(pos) == '-') {
          pos++;
          b.day(digits(2, "a two-digit day"));
        }
      } else {
        pos -= 2;
        throw fail("a month 01-12 or a season 21-24");
      }
    }
    if (pos < in.length()) {
      char q = in.charAt(pos);
      if (q == '~' || q == '?' || q == '%') {
        pos++;
        b.approximate(q != '?').uncertain(q != '~');
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new EdtfParseException(in, begin, "a calendar date that exists (" + e.getMessage() + ")");
    }
  }

  private int digits(int width, String expected) {
    if (pos + width > in.length()) {
      throw fail(expected);
    }
    int value = 0;
    for (int i = 0; i < width; i++) {
      char c = in.charAt(pos + i);
      if (c < '0' || c > '9') {
        pos += i;
        throw fail(expected);
      }
      value = value * 10 + (c - '0');
    }
    pos += width;
    return value;
  }

  private EdtfParseException fail(String expected) {
    return new EdtfParseException(in, pos, expected);
  }
}
