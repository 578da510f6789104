package dev.dispatch.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/**
 * This artifact's version as the build stamped it: {@code version.properties} beside this class is
 * filtered by Maven's resources plugin ({@code src/main/resources-filtered}), so the version is
 * never a literal in the code.
 */
final class PackageVersion {
  private PackageVersion() {}

  /** The version of dispatch-serialization, as {@link DispatchModule#version()} reports it. */
  static final Version VERSION = load();

  private static Version load() {
    Properties p = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      p.load(Objects.requireNonNull(in, "version.properties is missing from the jar"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
  }
}
