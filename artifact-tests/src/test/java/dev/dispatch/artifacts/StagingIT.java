package dev.dispatch.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The staging check: what {@code mvn deploy} would publish, as verify deployed it to the staging
 * directory, is complete and valid for Maven Central. Signatures ({@code .asc}) are not made here:
 * publishing and signing are out of scope (docs/releasing.md).
 */
@DisabledIfSystemProperty(named = "dispatch.staging.skip", matches = "true",
    disabledReason = "-Ddispatch.staging.skip=true: nothing was staged")
class StagingIT {
  /**
   * Every published artifact and its packaging. A new published module is added here and to the
   * BOM; anything else found in the staging directory fails the check.
   */
  static final Map<String, String> PUBLISHED = new TreeMap<>(Map.of(
      "dispatch-bom", "pom",
      "dispatch-core", "jar",
      "dispatch-validation", "jar",
      "dispatch-serialization", "jar",
      "dispatch-testkit", "jar"));

  private static final String GROUP = "dev.dispatch";

  static Stream<String> published() {
    return PUBLISHED.keySet().stream();
  }

  @Test
  void exactlyThePublishedArtifactsAreStaged() throws IOException {
    Path group = Build.staging().resolve(GROUP.replace('.', '/'));
    Set<String> staged;
    try (Stream<Path> dirs = Files.list(group)) {
      staged = dirs.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(PUBLISHED.keySet(), staged, "artifacts deployed to " + group);
  }

  /** The POM, and for a jar the jar, sources and javadoc; each with MD5 and SHA-1 files that match it. */
  @ParameterizedTest
  @MethodSource("published")
  void everyFileIsStagedWithMatchingChecksums(String artifactId) throws Exception {
    Map<String, Path> files = stagedFiles(artifactId);
    Set<String> expected = "pom".equals(PUBLISHED.get(artifactId))
        ? Set.of("pom")
        : Set.of("pom", "jar", "sources:jar", "javadoc:jar");
    assertEquals(expected, files.keySet(), artifactId + ": " + files.values());
    for (Path file : files.values()) {
      assertChecksum(file, "MD5", ".md5");
      assertChecksum(file, "SHA-1", ".sha1");
    }
  }

  /** What Central requires of a deployed POM, and what a user's build needs to resolve it. */
  @ParameterizedTest
  @MethodSource("published")
  void everyPomHasWhatCentralRequires(String artifactId) throws Exception {
    Path pomFile = file(artifactId, "pom");
    String text = Files.readString(pomFile, StandardCharsets.UTF_8);
    assertFalse(text.contains("${"), artifactId + ": unresolved property in the deployed POM");
    Element pom = parse(pomFile);
    assertEquals(GROUP, text(pom, "groupId"), artifactId);
    assertEquals(artifactId, text(pom, "artifactId"));
    assertEquals(Build.version(), text(pom, "version"), artifactId);
    assertEquals(PUBLISHED.get(artifactId), text(pom, "packaging").isEmpty() ? "jar" : text(pom, "packaging"));
    for (String required : List.of("name", "description", "url")) {
      assertFalse(text(pom, required).isBlank(), artifactId + ": no <" + required + ">");
    }
    List<Element> licenses = children(child(pom, "licenses"), "license");
    assertFalse(licenses.isEmpty(), artifactId + ": no license");
    for (Element license : licenses) {
      assertEquals("Apache-2.0", text(license, "name"), artifactId);
      assertFalse(text(license, "url").isBlank(), artifactId + ": license without url");
    }
    List<Element> developers = children(child(pom, "developers"), "developer");
    assertFalse(developers.isEmpty(), artifactId + ": no developer");
    for (Element developer : developers) {
      assertFalse(text(developer, "name").isBlank(), artifactId + ": developer without name");
    }
    Element scm = child(pom, "scm");
    for (String required : List.of("connection", "developerConnection", "url")) {
      assertFalse(text(scm, required).isBlank(), artifactId + ": no <scm><" + required + ">");
    }
    Element parent = child(pom, "parent");
    if (parent != null) {
      Path parentDir = Build.staging().resolve(text(parent, "groupId").replace('.', '/'))
          .resolve(text(parent, "artifactId")).resolve(text(parent, "version"));
      assertTrue(Files.isDirectory(parentDir), artifactId + ": its parent is not deployed, so Central cannot resolve it");
    }
    for (Element dependency : children(child(pom, "dependencies"), "dependency")) {
      String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
      assertFalse(text(dependency, "version").isBlank(), artifactId + ": no version for " + coordinates);
      assertFalse(text(dependency, "scope").equals("test"), artifactId + ": deploys its test dependency " + coordinates);
      if (text(dependency, "groupId").equals(GROUP)) {
        assertTrue(PUBLISHED.containsKey(text(dependency, "artifactId")), artifactId + " depends on unpublished " + coordinates);
      }
    }
  }

  /** One project, one repository: the same url and scm everywhere (children must not append their names). */
  @Test
  void everyPomNamesTheSameProjectUrlAndRepository() throws Exception {
    Map<String, String> seen = new LinkedHashMap<>();
    for (String artifactId : PUBLISHED.keySet()) {
      Element pom = parse(file(artifactId, "pom"));
      Element scm = child(pom, "scm");
      seen.put(artifactId, String.join(" ", text(pom, "url"), text(scm, "connection"),
          text(scm, "developerConnection"), text(scm, "url")));
    }
    assertEquals(1, Set.copyOf(seen.values()).size(), seen.toString());
  }

  /** The BOM manages every published jar, and nothing else, at the project's version. */
  @Test
  void theBomManagesEveryPublishedJarAtTheProjectVersion() throws Exception {
    Element bom = parse(file("dispatch-bom", "pom"));
    Map<String, String> managed = new TreeMap<>();
    for (Element d : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
      assertEquals(GROUP, text(d, "groupId"));
      managed.put(text(d, "artifactId"), text(d, "version"));
    }
    Map<String, String> expected = new TreeMap<>();
    PUBLISHED.forEach((id, packaging) -> {
      if (packaging.equals("jar")) {
        expected.put(id, Build.version());
      }
    });
    assertEquals(expected, managed);
    for (String absent : List.of("parent", "dependencies", "build", "properties", "profiles")) {
      assertTrue(child(bom, absent) == null, "the BOM has <" + absent + ">");
    }
  }

  /** Core's only dependencies are compile-time annotations: nothing at run time but the JDK. */
  @Test
  void coreHasNoRunTimeDependency() throws Exception {
    Element pom = parse(file("dispatch-core", "pom"));
    for (Element d : children(child(pom, "dependencies"), "dependency")) {
      String scope = text(d, "scope");
      assertTrue(scope.equals("provided") || text(d, "optional").equals("true"),
          "dispatch-core gives its users " + text(d, "groupId") + ":" + text(d, "artifactId") + " (" + scope + ")");
    }
  }

  /** Each jar is a named module, each sources jar holds the sources, each javadoc jar the pages. */
  @ParameterizedTest
  @MethodSource("published")
  void theJarsHoldWhatTheirNamesSay(String artifactId) throws IOException {
    if ("pom".equals(PUBLISHED.get(artifactId))) {
      return;
    }
    assertTrue(entries(file(artifactId, "jar")).contains("module-info.class"), artifactId + ": not a named module");
    Set<String> sources = entries(file(artifactId, "sources:jar"));
    assertTrue(sources.contains("module-info.java"), artifactId + " sources: " + sources);
    assertTrue(sources.stream().anyMatch(e -> e.startsWith("dev/dispatch/") && e.endsWith(".java")), artifactId);
    Set<String> javadoc = entries(file(artifactId, "javadoc:jar"));
    assertTrue(javadoc.contains("index.html") && javadoc.contains("element-list"), artifactId + " javadoc: " + javadoc);
  }

  /**
   * The staged files of one artifact at the project version, by "classifier:extension" ("pom",
   * "jar", "sources:jar"). A snapshot is found through its maven-metadata.xml, as Maven resolves
   * it; a release by its plain file names.
   */
  static Map<String, Path> stagedFiles(String artifactId) throws IOException {
    String version = Build.version();
    Path dir = Build.staging().resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(version);
    assertTrue(Files.isDirectory(dir), artifactId + " " + version + " is not staged: no " + dir);
    Map<String, Path> files = new TreeMap<>();
    if (version.endsWith("-SNAPSHOT")) {
      Element metadata = parse(dir.resolve("maven-metadata.xml"));
      for (Element v : children(child(child(metadata, "versioning"), "snapshotVersions"), "snapshotVersion")) {
        String classifier = text(v, "classifier");
        String extension = text(v, "extension");
        String name = artifactId + "-" + text(v, "value") + (classifier.isEmpty() ? "" : "-" + classifier) + "." + extension;
        files.put(classifier.isEmpty() ? extension : classifier + ":" + extension, dir.resolve(name));
      }
    } else {
      String base = artifactId + "-" + version;
      try (Stream<Path> all = Files.list(dir)) {
        for (Path p : all.collect(Collectors.toList())) {
          String name = p.getFileName().toString();
          if (!name.startsWith(base) || name.matches(".*\\.(md5|sha1|sha256|sha512|asc)$")) {
            continue;
          }
          String rest = name.substring(base.length());
          String extension = rest.substring(rest.lastIndexOf('.') + 1);
          String classifier = rest.startsWith("-") ? rest.substring(1, rest.lastIndexOf('.')) : "";
          files.put(classifier.isEmpty() ? extension : classifier + ":" + extension, p);
        }
      }
    }
    for (Path p : files.values()) {
      assertTrue(Files.isRegularFile(p), "listed but not staged: " + p);
    }
    return files;
  }

  /** One staged file of an artifact, by "classifier:extension"; fails if it is not staged. */
  static Path file(String artifactId, String kind) throws IOException {
    Path file = stagedFiles(artifactId).get(kind);
    if (file == null) {
      throw new AssertionError(artifactId + ": no " + kind + " staged");
    }
    return file;
  }

  private static void assertChecksum(Path file, String algorithm, String suffix) throws IOException, NoSuchAlgorithmException {
    Path sum = file.resolveSibling(file.getFileName() + suffix);
    assertTrue(Files.isRegularFile(sum), "no " + sum.getFileName());
    byte[] digest = MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file));
    String recorded = Files.readString(sum, StandardCharsets.US_ASCII).trim().split("\\s+", -1)[0];
    assertEquals(HexFormat.of().formatHex(digest), recorded, sum.getFileName().toString());
  }

  private static Set<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(e -> e.getName()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  static Element parse(Path xml) throws IOException {
    try (InputStream in = Files.newInputStream(xml)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(in);
      return document.getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(xml + ": " + e.getMessage(), e);
    }
  }

  /** The direct child element of that name, or null. */
  static @Nullable Element child(@Nullable Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** The direct child elements of that name; none for a missing parent. */
  static List<Element> children(@Nullable Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          found.add(e);
        }
      }
    }
    return found;
  }

  /** The trimmed text of the direct child of that name, or "" when there is none. */
  static String text(@Nullable Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().trim();
  }
}
