package dev.dispatch.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamContext;

/**
 * The JSON Pointers (RFC 6901) that errors carry, reading or writing, and the one rule on the
 * property names they may show: <b>a name is shown only if the format defines it</b> (a property
 * of any of its objects: {@code headline}, {@code particulars}, {@code state}). A name the format
 * does not define comes from the document and may be anything, personal data or control
 * characters included, so no message or pointer shows it: a pointer stops at the object that holds
 * such a property (the error's line and column say where in that object), and a message says "an
 * unknown property" without its name.
 *
 * <p>Only the Dispatch value's own names are filtered: on the mapper path the names above it are
 * the user's types' (a property {@code "report"} of the user's envelope), which Jackson puts in its
 * own path anyway, so a pointer keeps them from the depth {@code from} up.
 */
final class Pointers {
  private Pointers() {}

  /** Every property name of the format, from the codecs themselves. */
  private static final class Known {
    static final Set<String> NAMES = names();

    private static Set<String> names() {
      Set<String> names = new HashSet<>();
      Set<Codec<?>> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      List<Codec<?>> work = new ArrayList<>(ModelTypes.CODECS.values());
      while (!work.isEmpty()) {
        Codec<?> c = work.remove(work.size() - 1);
        if (!seen.add(c)) {
          continue;
        }
        if (c instanceof Table<?, ?> table) {
          for (Table.Row<?, ?, ?> row : table.rows()) {
            names.add(row.name());
            work.add(row.codec());
          }
        } else if (c instanceof Union<?, ?> union) {
          names.add(union.discriminator());
          for (Map.Entry<String, ? extends Table<?, ?>> v : union.variants().entrySet()) {
            work.add(v.getValue());
          }
        }
        Codec<?> inner = c.inner();
        if (inner != null) {
          work.add(inner);
        }
      }
      return Set.copyOf(names);
    }
  }

  /** Whether the format defines a property of this name, so that a message may quote it. */
  static boolean isKnown(String name) {
    return Known.NAMES.contains(name);
  }

  /**
   * The pointer of {@code context}'s current place, showing names from depth {@code from} on only
   * when the format defines them, and stopping at the first it does not.
   *
   * @param from the nesting depth of the Dispatch value's own object (1 for a document's root);
   *     names of shallower objects are the user's and kept as they are
   */
  static String of(TokenStreamContext context, int from) {
    return of(context, from, null);
  }

  /**
   * As {@link #of(TokenStreamContext, int)}, with {@code next} in place of the current name of
   * {@code context}, an object: the pointer of a property about to be written there.
   */
  static String of(TokenStreamContext context, int from, @Nullable String next) {
    return later(context, from, next).get();
  }

  /**
   * As {@link #of(TokenStreamContext, int, String)}, made only when asked for: each level's index
   * or name is copied now (the parser's contexts change as it reads on), and the pointer, which
   * costs several times more, is made from the copy when an error needs it. A forward reference
   * keeps one, and needs it only if nothing in the report has its id.
   */
  static Supplier<String> later(TokenStreamContext context, int from, @Nullable String next) {
    int levels = 0;
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      levels++;
    }
    // Root first: an Integer for an array's index, a String for an object's name, null for no segment.
    @Nullable Object[] segments = new Object[levels];
    boolean[] checked = new boolean[levels];
    int i = levels - 1;
    for (TokenStreamContext c = context; i >= 0; c = c.getParent(), i--) {
      boolean named = i == levels - 1 && next != null && c.inObject();
      if (!named && !c.hasPathSegment()) {
        continue;
      }
      if (c.inArray()) {
        segments[i] = c.getCurrentIndex();
      } else {
        segments[i] = named && next != null ? next : String.valueOf(c.currentName());
        checked[i] = c.getNestingDepth() >= from;
      }
    }
    return () -> {
      StringBuilder s = new StringBuilder();
      for (int j = 0; j < segments.length; j++) {
        Object segment = segments[j];
        if (segment instanceof Integer index) {
          s.append('/').append(index.intValue());
        } else if (segment instanceof String name) {
          if (checked[j] && !isKnown(name)) {
            break;
          }
          s.append('/').append(name.replace("~", "~0").replace("/", "~1"));
        }
      }
      return s.toString();
    };
  }
}
