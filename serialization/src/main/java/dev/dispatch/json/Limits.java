package dev.dispatch.json;

/**
 * Bounds on what the reader accepts, so that hostile input costs bounded memory and time.
 * Input beyond a limit fails with a {@link DispatchJsonException}.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>why</th></tr>
 *   <tr><td>nesting depth</td><td>256</td><td>a report nests about 8 deep; each link of an
 *       attribution chain adds 2, so chains of up to about 120 links read</td></tr>
 *   <tr><td>string length</td><td>1,000,000 chars</td><td>a quote or credit line is far shorter</td></tr>
 *   <tr><td>document length</td><td>16,000,000 bytes</td><td>one report; NDJSON applies it per line</td></tr>
 *   <tr><td>number length</td><td>32 digits</td><td>counts stop at 2^53 - 1 (16 digits)</td></tr>
 *   <tr><td>property name length</td><td>256 chars</td><td>the longest name in format v1 is 18</td></tr>
 *   <tr><td>tokens per document</td><td>1,000,000</td><td>the reference report has about 1,300; this
 *       bounds huge arrays of small values, which the length limit alone does not</td></tr>
 * </table>
 *
 * @param maxNestingDepth deepest nesting of objects and arrays, at least 16
 * @param maxStringLength longest string value, in chars, at least 1,024
 * @param maxDocumentLength longest document (or NDJSON line), in bytes, at least 4,096
 * @param maxNumberLength longest number, in chars, at least 20
 * @param maxNameLength longest property name, in chars, at least 32
 * @param maxTokenCount most JSON tokens in one document (or NDJSON line), at least 10,000
 */
public record Limits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxNumberLength,
    int maxNameLength, long maxTokenCount) {

  /** Checks each limit against its minimum; the message names the limit. */
  public Limits {
    at(maxNestingDepth, 16, "maxNestingDepth");
    at(maxStringLength, 1_024, "maxStringLength");
    at(maxDocumentLength, 4_096, "maxDocumentLength");
    at(maxNumberLength, 20, "maxNumberLength");
    at(maxNameLength, 32, "maxNameLength");
    at(maxTokenCount, 10_000, "maxTokenCount");
  }

  private static void at(long value, long min, String name) {
    if (value < min) {
      throw new IllegalArgumentException("Limits." + name + ": expected at least " + min + ", got " + value);
    }
  }

  /** The defaults in the table above. */
  public static Limits defaults() {
    return new Limits(256, 1_000_000, 16_000_000L, 32, 256, 1_000_000L);
  }
}
