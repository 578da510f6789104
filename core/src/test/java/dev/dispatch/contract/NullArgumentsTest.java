package dev.dispatch.contract;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dispatch.fixture.ApiTypes;
import dev.dispatch.fixture.SampleArguments;
import dev.dispatch.fixture.Samples;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public constructor and method of the model, called with {@code null} for one reference
 * parameter and valid samples for the others, throws a {@link NullPointerException} that names the
 * parameter: {@code "name must not be null"}, or the generated builders' {@code "name"} and
 * {@code "name element"}. Never a JVM message ("Cannot invoke ... because ... is null"), never
 * none, never another exception, never success.
 */
class NullArgumentsTest {

  /** A member called with null at one position. */
  static final class Call {
    final Executable member;
    final int position;

    Call(Executable member, int position) {
      this.member = member;
      this.position = position;
    }

    @Override
    public String toString() {
      return member.getDeclaringClass().getName().replace("dev.dispatch.", "") + "."
          + (member instanceof Constructor ? "<init>" : member.getName()) + " #" + position;
    }
  }

  static Stream<Arguments> calls() {
    List<Arguments> calls = new ArrayList<>();
    for (Class<?> type : ApiTypes.model()) {
      if (type.isEnum() || Throwable.class.isAssignableFrom(type)) {
        continue; // valueOf and exception constructors follow the JDK's own conventions
      }
      for (Executable member : members(type)) {
        Class<?>[] parameters = member.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
          if (!parameters[i].isPrimitive()) {
            Call call = new Call(member, i);
            calls.add(Arguments.of(call.toString(), call));
          }
        }
      }
    }
    return calls.stream();
  }

  private static List<Executable> members(Class<?> type) {
    List<Executable> members = new ArrayList<>();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (Modifier.isPublic(c.getModifiers())) {
        members.add(c);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !m.getName().equals("equals")) {
        members.add(m);
      }
    }
    return members;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void aNullArgumentIsRejectedNamingTheParameter(String name, Call call) throws Exception {
    Object[] args = SampleArguments.validFor(call.member);
    args[call.position] = null;
    Throwable thrown = invoke(call.member, args);
    assertNotNull(thrown, name + " accepted null");
    assertInstanceOf(NullPointerException.class, thrown, name);
    String message = thrown.getMessage();
    assertNotNull(message, name + " threw a NullPointerException without a message");
    Optional<String> parameter = parameterName(call);
    String pattern = parameter.orElse("[a-z][A-Za-z0-9]*") + "( element| must not be null)?";
    assertTrue(message.matches(pattern), () -> name + ": expected the message to name the parameter ("
        + pattern + "), got \"" + message + "\"");
  }

  /** Invokes the member, on a sample instance or a fresh builder when it is an instance method. */
  private static @Nullable Throwable invoke(Executable member, Object[] args) throws Exception {
    try {
      if (member instanceof Constructor<?> constructor) {
        constructor.newInstance(args);
      } else {
        Method m = (Method) member;
        m.invoke(Modifier.isStatic(m.getModifiers()) ? null : receiver(m.getDeclaringClass()), args);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  /** A builder from the enclosing type's {@code builder()}, or a sample of the type. */
  static Object receiver(Class<?> type) throws ReflectiveOperationException {
    if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null) {
      return type.getEnclosingClass().getMethod("builder").invoke(null);
    }
    return Samples.red(type);
  }

  /**
   * The parameter's name where reflection can tell it (the code is compiled without
   * {@code -parameters}): a record's component, a builder setter's or adder's property, a
   * wither's field. Otherwise any name will do.
   */
  private static Optional<String> parameterName(Call call) {
    Executable member = call.member;
    Class<?> type = member.getDeclaringClass();
    if (member instanceof Constructor && type.isRecord()) {
      return Optional.of(type.getRecordComponents()[call.position].getName());
    }
    if (member.getParameterCount() != 1 || member instanceof Constructor) {
      return Optional.empty();
    }
    String method = member.getName();
    if (type.getSimpleName().equals("Builder")) {
      return Optional.of(method.startsWith("add") ? decapitalise(method.substring(3)) : method);
    }
    if (method.matches("with[A-Z].*")) {
      return Optional.of(decapitalise(method.substring(4)));
    }
    return Optional.empty();
  }

  private static String decapitalise(String name) {
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  /** The reflection above finds what it should: a failure here means the scan, not the model, broke. */
  @Test
  void everyRecordAndEveryBuilderIsCalled() {
    Set<Class<?>> called = calls().map(a -> ((Call) a.get()[1]).member.getDeclaringClass())
        .collect(Collectors.toSet());
    Set<Class<?>> expected = ApiTypes.model().stream()
        .filter(c -> c.isRecord() || c.getSimpleName().equals("Builder")).collect(Collectors.toSet());
    assertTrue(expected.size() > 60, () -> "records and builders found: " + expected);
    assertTrue(called.containsAll(expected), () -> "not called: " + expected.stream()
        .filter(c -> !called.contains(c)).collect(Collectors.toList()));
  }
}
