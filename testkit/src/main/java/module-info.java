/**
 * Fixtures and generators for tests of code that uses Dispatch. Add it at test scope.
 * Its only run-time dependencies are Dispatch's own modules.
 */
module dev.dispatch.testkit {
  requires transitive dev.dispatch.core;
  requires static org.jspecify;

  exports dev.dispatch.testkit;
}
