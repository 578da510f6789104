package dev.dispatch.artifacts;

import java.nio.file.Path;

/** Where the build put things, as failsafe passes it (see this module's pom.xml). */
final class Build {
  private Build() {}

  /** The project version, which every published artifact and the BOM carry. */
  static String version() {
    return property("dispatch.version");
  }

  /** The file repository that verify deploys the published artifacts to. */
  static Path staging() {
    return Path.of(property("dispatch.staging"));
  }

  /** The packaged published jars and their run-time dependencies: a module path. */
  static Path modules() {
    return Path.of(property("dispatch.modules"));
  }

  /** The black-box program's sources. */
  static Path blackbox() {
    return Path.of(property("dispatch.blackbox"));
  }

  /** A scratch directory of this module's build. */
  static Path work() {
    return Path.of(property("dispatch.work"));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set: run through ./mvnw verify");
    }
    return value;
  }
}
