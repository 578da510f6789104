package dev.dispatch.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dispatch.count.Proportion;
import dev.dispatch.time.DateMention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * docs/phrases.md and the parsers stay in step: every example in its tables reads as the table
 * says, every rejected phrase is rejected, and every word the parsers read is on the page.
 */
class PhrasesDocumentationTest {
  private static final Path DOC = Path.of("..", "docs", "phrases.md");

  private static String doc() throws IOException {
    assumeTrue(Files.isRegularFile(DOC), "run from the module directory of a checkout");
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /** The body rows of the table whose header line is {@code header}, cells trimmed. */
  private static List<String[]> rows(String header) throws IOException {
    String text = doc();
    int at = text.indexOf(header + "\n");
    assertTrue(at >= 0, "docs/phrases.md has a table headed " + header);
    String[] lines = text.substring(at).split("\n", -1);
    List<String[]> rows = new ArrayList<>();
    // Line 0 is the header, line 1 the separator.
    for (int i = 2; i < lines.length && lines[i].startsWith("|"); i++) {
      String[] cells = lines[i].substring(1, lines[i].length() - 1).split("\\|", -1);
      for (int k = 0; k < cells.length; k++) {
        cells[k] = cells[k].trim();
      }
      assertEquals(header.split("\\|", -1).length - 2, cells.length, lines[i]);
      rows.add(cells);
    }
    return rows;
  }

  /** The phrase inside an example cell's backticks. */
  private static String example(String cell) {
    assertTrue(cell.startsWith("`") && cell.endsWith("`"), cell);
    return cell.substring(1, cell.length() - 1);
  }

  @Test
  void everyCountExampleReadsAsDocumented() throws IOException {
    List<String[]> rows = rows("| form | meaning | example | reads as |");
    assertTrue(rows.size() >= 35, "rows: " + rows.size());
    for (String[] row : rows) {
      assertEquals("Count[" + row[3] + "]", CountPhrases.parse(example(row[2])).withoutPhrase().toString(), row[2]);
    }
  }

  @Test
  void everyShareExampleReadsAsDocumented() throws IOException {
    List<String[]> rows = rows("| share form | meaning | example | reads as |");
    assertTrue(rows.size() >= 12, "rows: " + rows.size());
    for (String[] row : rows) {
      Proportion p = CountPhrases.parseProportion(example(row[2]));
      assertEquals("Proportion[" + row[3] + "]", Proportion.of(p.qualifier(), p.numerator(), p.denominator())
          .toString(), row[2]);
    }
  }

  @Test
  void everyDateExampleResolvesAsDocumented() throws IOException {
    List<String[]> rows = rows("| form | rule | example | reference | resolves to |");
    assertTrue(rows.size() >= 45, "rows: " + rows.size());
    for (String[] row : rows) {
      assertResolves(example(row[2]), row[3], row[4]);
    }
  }

  @Test
  void everyUncertainReferenceExampleResolvesAsDocumented() throws IOException {
    List<String[]> rows = rows("| case | example | reference | resolves to |");
    assertTrue(rows.size() >= 9, "rows: " + rows.size());
    for (String[] row : rows) {
      assertResolves(example(row[1]), row[2], row[3]);
    }
  }

  private static void assertResolves(String phrase, String reference, String expected) {
    if (expected.equals("ambiguous")) {
      PhraseException e = assertThrows(PhraseException.class, () -> Mentions.resolve(phrase, reference), phrase);
      assertTrue(e.isAmbiguous(), e.getMessage());
      return;
    }
    DateMention m = Mentions.resolve(phrase, reference);
    assertEquals(expected, Mentions.describe(m), phrase + " against " + reference);
  }

  @Test
  void everyDurationExampleReadsAsDocumented() throws IOException {
    List<String[]> rows = rows("| duration form | reading | example | length |");
    assertTrue(rows.size() >= 10, "rows: " + rows.size());
    for (String[] row : rows) {
      assertEquals("Count[" + row[3] + "]", DatePhrases.duration(example(row[2])).length().toString(), row[2]);
    }
  }

  @Test
  void everyRejectedExampleIsRejected() throws IOException {
    List<String[]> rows = rows("| rejected phrase | parser | why |");
    assertTrue(rows.size() >= 20, "rows: " + rows.size());
    LocalDate reference = LocalDate.of(2026, 3, 18);
    for (String[] row : rows) {
      String phrase = example(row[0]);
      Executable read = switch (row[1]) {
        case "count" -> () -> CountPhrases.parse(phrase);
        case "share" -> () -> CountPhrases.parseProportion(phrase);
        case "date" -> () -> DatePhrases.resolve(phrase, reference);
        case "duration" -> () -> DatePhrases.duration(phrase);
        default -> throw new AssertionError("no parser " + row[1]);
      };
      assertThrows(PhraseException.class, read, phrase);
    }
  }

  /** Every word a parser's tables hold appears on the page in double quotes. */
  @Test
  void everyWordIsDocumented() throws IOException {
    String doc = doc().toLowerCase(Locale.ROOT);
    List<String> words = Stream.of(CountPhrases.qualifierWords(), CountPhrases.countWords(),
        CountPhrases.unitWords(), CountPhrases.shareWords(), DatePhrases.relativeWords(), DatePhrases.seasonWords(),
        DatePhrases.zoneWords(), DatePhrases.durationContexts()).flatMap(List::stream).toList();
    assertTrue(words.size() >= 90, "words: " + words.size());
    List<String> missing = words.stream().filter(w -> !doc.contains("\"" + w + "\"")).toList();
    assertEquals(List.of(), missing, "words the parsers read that docs/phrases.md does not quote");
  }
}
