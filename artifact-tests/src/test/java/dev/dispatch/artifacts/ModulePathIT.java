package dev.dispatch.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The JPMS black-box test, as Caffeine has one: a user's program (src/blackbox) is compiled and run
 * against the packaged published jars on the module path, with no class path, so that it can reach
 * exported packages only and every module must resolve from its module-info alone.
 */
class ModulePathIT {
  private static final Set<String> PUBLISHED_MODULES = Set.of(
      "dev.dispatch.core", "dev.dispatch.validation", "dev.dispatch.serialization", "dev.dispatch.testkit");

  @Test
  void aUsersProgramBuildsValidatesWritesAndReadsAReportOnTheModulePath() throws Exception {
    Path classes = Build.work().resolve("blackbox-classes");
    deleteRecursively(classes);
    Files.createDirectories(classes);
    compile(classes);

    String javaHome = System.getProperty("java.home");
    List<String> command = List.of(Path.of(javaHome, "bin", "java").toString(),
        "--module-path", classes + File.pathSeparator + Build.modules(),
        "--module", "dev.dispatch.blackbox/dev.dispatch.blackbox.Main");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // Nothing may come in through a class path or injected options.
    builder.environment().remove("CLASSPATH");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process process = builder.start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the program did not finish in 120 s");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
    assertTrue(output.contains("blackbox ok:") && output.contains("module dev.dispatch.core"), output);
  }

  /** Each published module resolves from the module path, without its annotation-only (static) dependencies. */
  @Test
  void thePublishedModulesResolveWithoutTheirCompileOnlyDependencies() {
    ModuleFinder finder = ModuleFinder.of(Build.modules());
    Set<String> found = finder.findAll().stream()
        .map(ModuleReference::descriptor)
        .map(ModuleDescriptor::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(found.containsAll(PUBLISHED_MODULES), found.toString());
    for (String name : found) {
      assertTrue(!name.startsWith("org.jspecify") && !name.startsWith("org.immutables"),
          "annotation-only dependency on the run-time module path: " + name);
    }
    for (String name : PUBLISHED_MODULES) {
      ModuleDescriptor descriptor = finder.find(name).orElseThrow().descriptor();
      assertTrue(!descriptor.isAutomatic(), name + " is an automatic module");
      Configuration configuration = Configuration.resolve(
          finder, List.of(ModuleLayer.boot().configuration()), ModuleFinder.of(), Set.of(name));
      Set<String> resolved = configuration.modules().stream()
          .map(ResolvedModule::name)
          .collect(Collectors.toCollection(TreeSet::new));
      assertTrue(resolved.contains(name), resolved.toString());
    }
  }

  private static void compile(Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<File> sources;
    try (Stream<Path> files = Files.walk(Build.blackbox())) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).collect(Collectors.toList());
    }
    assertTrue(sources.size() >= 2, "no sources in " + Build.blackbox());
    List<String> options = new ArrayList<>(List.of(
        "--release", "17", "-Xlint:all", "-Werror",
        "--module-path", Build.modules().toString(),
        "-d", classes.toString()));
    StringWriter out = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      ok = compiler.getTask(out, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
    }
    String report = diagnostics.getDiagnostics().stream()
        .map(ModulePathIT::describe)
        .collect(Collectors.joining("\n"));
    assertTrue(ok, "the black-box program does not compile against the published modules:\n" + report + out);
    assertEquals("", report, "javac had something to say");
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    JavaFileObject source = d.getSource();
    return d.getKind() + " " + (source == null ? "" : source.getName() + ":" + d.getLineNumber() + ": ")
        + d.getMessage(Locale.ROOT);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }
}
