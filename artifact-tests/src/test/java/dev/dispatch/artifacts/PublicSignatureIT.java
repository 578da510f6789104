package dev.dispatch.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No generated {@code Immutable*} type and no Jackson type in a public or protected signature of
 * a public type of core's exported packages, read from the packaged jar as a named module.
 */
class PublicSignatureIT {
  private static final String CORE = "dev.dispatch.core";

  @Test
  void coresPublicSignaturesNameNoGeneratedOrJacksonType() throws IOException {
    List<String> findings = scanCore();
    Files.createDirectories(Build.work());
    Files.write(Build.work().resolve("public-signature-findings.txt"), findings);
    assertEquals(List.of(), findings.subList(0, Math.min(findings.size(), 40)),
        findings.size() + " findings (all in target/work/public-signature-findings.txt)");
  }

  /** The scan sees core: every exported package has public types to check. */
  @Test
  void theScanReachesEveryExportedPackageOfCore() throws IOException {
    ModuleReference core = core();
    Set<String> exported = exportedPackages(core.descriptor());
    assertTrue(exported.size() >= 10, exported.toString());
    Set<String> withPublicTypes = publicTypes(core).stream()
        .map(Class::getPackageName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(exported, withPublicTypes);
  }

  /** The scan finds each kind of leak it claims to find (a fixture of this test, not core). */
  @Test
  void theScanFindsLeaksInEveryKindOfSignature() {
    PublicSignatures scan = new PublicSignatures(PublicSignatures::generatedOrJackson);
    scan.scan(Fixtures.Leaky.class);
    scan.scan(Fixtures.Clean.class);
    String all = String.join("\n", scan.findings());
    for (String where : List.of("supertype", "interface", "field type", ".<init>: parameter", "render: return type",
        "render: parameter", "render: throws", "bound of T")) {
      assertTrue(all.contains(where), where + " not found in:\n" + all);
    }
    assertFalse(all.contains("Clean"), all);
  }

  static List<String> scanCore() throws IOException {
    PublicSignatures scan = new PublicSignatures(PublicSignatures::generatedOrJackson);
    for (Class<?> type : publicTypes(core())) {
      scan.scan(type);
    }
    return scan.findings();
  }

  private static ModuleReference core() {
    return ModuleFinder.of(Build.modules()).find(CORE)
        .orElseThrow(() -> new AssertionError(CORE + " not in " + Build.modules()));
  }

  private static Set<String> exportedPackages(ModuleDescriptor descriptor) {
    return descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The public types of core's exported packages, loaded from the jar in a layer of their own. */
  private static List<Class<?>> publicTypes(ModuleReference core) throws IOException {
    ModuleFinder finder = ModuleFinder.of(Build.modules());
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of(CORE));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
    ClassLoader loader = layer.findLoader(CORE);
    Set<String> exported = exportedPackages(core.descriptor());
    List<Class<?>> types = new ArrayList<>();
    try (ModuleReader reader = core.open(); Stream<String> entries = reader.list()) {
      for (String entry : entries.sorted().collect(Collectors.toList())) {
        if (!entry.endsWith(".class") || entry.equals("module-info.class")) {
          continue;
        }
        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (!exported.contains(pkg)) {
          continue;
        }
        Class<?> type = load(name, loader);
        if (PublicSignatures.isPublicApi(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new UncheckedIOException(new IOException("cannot load " + name, e));
    }
  }
}
