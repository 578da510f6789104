package dev.dispatch.json;

import dev.dispatch.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The public types of {@code dispatch-core}'s exported packages, found by scanning its classes
 * (a directory or a jar, wherever {@link Report} was loaded from), and instances of them found by
 * walking model values through their accessors.
 */
final class ModelScan {
  private ModelScan() {}

  /** The exported packages, from core's module descriptor. */
  static Set<String> exportedPackages() throws IOException, URISyntaxException {
    Path root = root();
    try (InputStream in = Files.isDirectory(root) ? Files.newInputStream(root.resolve("module-info.class"))
        : open(root, "module-info.class")) {
      return ModuleDescriptor.read(in).exports().stream().map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static InputStream open(Path jar, String entry) throws IOException {
    JarFile file = new JarFile(jar.toFile());
    JarEntry e = file.getJarEntry(entry);
    if (e == null) {
      file.close();
      throw new IOException("no " + entry + " in " + jar);
    }
    InputStream in = file.getInputStream(e);
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() throws IOException {
        super.close();
        file.close();
      }
    };
  }

  private static Path root() throws URISyntaxException {
    return Path.of(Report.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Every public type (nested ones included, when every enclosing type is public) of the exported packages. */
  static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
    Set<String> packages = exportedPackages();
    List<String> names = new ArrayList<>();
    Path root = root();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files.map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
            .filter(n -> n.endsWith(".class")).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).forEach(names::add);
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      int dot = className.lastIndexOf('.');
      if (dot < 0 || !packages.contains(className.substring(0, dot))) {
        continue;
      }
      try {
        Class<?> c = Class.forName(className, false, Report.class.getClassLoader());
        if (isPublic(c)) {
          types.add(c);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(className, e);
      }
    }
    types.sort(java.util.Comparator.comparing(Class::getName));
    return types;
  }

  private static boolean isPublic(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Instances of each type, at most {@code perType}: every enum constant, the results of each
   * type's public static factories without parameters (a builder, an empty identity), and every
   * value reachable from {@code roots} through the model's public accessors without parameters.
   */
  static Map<Class<?>, List<Object>> instances(List<Class<?>> types, List<Object> roots) {
    int perType = 12;
    Map<Class<?>, List<Object>> found = new LinkedHashMap<>();
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> work = new ArrayDeque<>(roots);
    for (Class<?> t : types) {
      if (t.isEnum()) {
        Collections.addAll(work, t.getEnumConstants());
      }
      for (Method m : t.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getDeclaringClass() == t
            && m.getReturnType() != void.class) {
          call(m, null).ifPresent(work::add);
        }
      }
    }
    while (!work.isEmpty()) {
      Object o = work.poll();
      if (o == null || seen.put(o, Boolean.TRUE) != null) {
        continue;
      }
      if (o instanceof Optional<?> opt) {
        opt.ifPresent(work::add);
        continue;
      }
      if (o instanceof Collection<?> c) {
        work.addAll(c);
        continue;
      }
      if (o instanceof Map<?, ?> map) {
        work.addAll(map.keySet());
        work.addAll(map.values());
        continue;
      }
      if (!ModelTypes.isModel(publicTypeOf(o, types))) {
        continue;
      }
      for (Class<?> t : types) {
        if (t.isInstance(o)) {
          List<Object> list = found.computeIfAbsent(t, k -> new ArrayList<>());
          if (list.size() < perType) {
            list.add(o);
          }
          for (Method m : t.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                && m.getParameterCount() == 0 && m.getReturnType() != void.class) {
              call(m, o).ifPresent(work::add);
            }
          }
        }
      }
    }
    return found;
  }

  private static Class<?> publicTypeOf(Object o, List<Class<?>> types) {
    for (Class<?> t : types) {
      if (t.isInstance(o)) {
        return t;
      }
    }
    return Object.class;
  }

  private static Optional<Object> call(Method m, @Nullable Object target) {
    try {
      return Optional.ofNullable(m.invoke(target));
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
