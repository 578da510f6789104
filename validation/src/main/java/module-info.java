/**
 * Editorial and cross-reference rules over whole reports: {@link dev.dispatch.validation.Validator}
 * runs {@link dev.dispatch.validation.Rule}s and returns located, explained
 * {@link dev.dispatch.validation.Violation}s. No run-time dependency beyond Dispatch's core.
 */
module dev.dispatch.validation {
  requires transitive dev.dispatch.core;
  requires static org.jspecify;

  exports dev.dispatch.validation;
}
