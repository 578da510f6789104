package dev.dispatch.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.benchmarks.Linearity.Family;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every family's documents are reports the reader accepts, and they grow with n. No timing is asserted. */
class LinearityTest {

  @Test
  void everyFamilyReadsAtEverySizeItIsMeasuredAt() {
    for (Family f : Linearity.families()) {
      int previous = 0;
      for (int k = 0; k < 3; k++) {
        String doc = f.document().apply(f.n() << k);
        Linearity.read(doc, f.preserving());
        int bytes = doc.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes > previous * 3 / 2, f.name() + ": the document grows with n");
        previous = bytes;
      }
    }
  }

  @Test
  void theFamiliesHaveDistinctNames() {
    assertEquals(Linearity.families().size(),
        Linearity.families().stream().map(Family::name).distinct().count());
  }
}
