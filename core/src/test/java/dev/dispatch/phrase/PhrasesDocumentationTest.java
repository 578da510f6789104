package dev.dispatch.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every example in docs/phrases.md reads as the table says, and every qualifier is documented. */
class PhrasesDocumentationTest {
  private static final Path DOC = Path.of("..", "docs", "phrases.md");

  private static List<String[]> rows(String text, String header) {
    List<String[]> rows = new ArrayList<>();
    int at = text.indexOf(header);
    for (String line : text.substring(at).split("\n")) {
      if (!line.startsWith("|")) {
        if (!rows.isEmpty()) {
          break;
        }
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|");
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].trim();
      }
      if (cells[0].equals("form") || cells[0].startsWith("---")) {
        continue;
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String example(String cell) {
    return cell.substring(1, cell.length() - 1);
  }

  @Test
  void everyCountExampleReadsAsDocumented() throws IOException {
    assumeTrue(Files.isRegularFile(DOC), "run from the module directory of a checkout");
    List<String[]> rows = rows(Files.readString(DOC, StandardCharsets.UTF_8), "| form | meaning | example | reads as |");
    assertTrue(rows.size() >= 20);
    for (String[] row : rows) {
      assertEquals("Count[" + row[3] + "]", CountPhrases.parse(example(row[2])).withoutPhrase().toString(), row[2]);
    }
  }

  @Test
  void everyDateExampleResolvesAsDocumented() throws IOException {
    assumeTrue(Files.isRegularFile(DOC), "run from the module directory of a checkout");
    List<String[]> rows = rows(Files.readString(DOC, StandardCharsets.UTF_8),
        "| form | rule | example | reference | resolves to |");
    assertTrue(rows.size() >= 20);
    for (String[] row : rows) {
      String phrase = example(row[2]);
      if (row[4].equals("ambiguous")) {
        try {
          DatePhrases.resolve(phrase, LocalDate.parse(row[3]));
          throw new AssertionError(phrase + " should be ambiguous");
        } catch (PhraseException e) {
          assertTrue(e.isAmbiguous(), phrase);
        }
        continue;
      }
      var m = row[3].equals("-") ? DatePhrases.resolve(phrase) : DatePhrases.resolve(phrase, LocalDate.parse(row[3]));
      assertEquals(row[4], m.value().map(v -> v.toEdtf()).orElse("unresolved"), phrase);
    }
  }

  @Test
  void everyQualifierIsDocumented() throws IOException {
    assumeTrue(Files.isRegularFile(DOC), "run from the module directory of a checkout");
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (Map.Entry<String, ?> q : CountPhrases.qualifierWords()) {
      assertTrue(doc.contains("\"" + q.getKey() + "\""), q.getKey());
    }
  }
}
