package dev.dispatch.artifacts;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Types with known leaks, to show that {@link PublicSignatures} finds each kind. */
final class Fixtures {
  private Fixtures() {}

  /** Stands for a generated type. */
  public static class ImmutableThing {}

  /** Stands for a generated exception type. */
  public static class ImmutableFailure extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** Stands for a generated interface. */
  public interface ImmutableView {}

  /** Leaks in every kind of signature. */
  public static class Leaky extends ImmutableThing implements Supplier<ImmutableView> {
    public List<? extends ImmutableThing> items = List.of();

    public Leaky(Map<String, ImmutableThing[]> things) {
      items = List.copyOf(things.keySet().isEmpty() ? List.of() : List.of(new ImmutableThing()));
    }

    public <T extends ImmutableView> List<ImmutableThing> render(T view) throws ImmutableFailure {
      if (view.hashCode() == 0) {
        throw new ImmutableFailure();
      }
      return List.of();
    }

    @Override
    public ImmutableView get() {
      return new ImmutableView() {};
    }
  }

  /** No leak. */
  public static class Clean {
    public List<String> names() {
      return List.of();
    }
  }
}
