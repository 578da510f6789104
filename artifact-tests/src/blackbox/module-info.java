/** A user's module: it reads Dispatch's modules, and through them Jackson, from the module path only. */
module dev.dispatch.blackbox {
  requires dev.dispatch.serialization;
  requires dev.dispatch.validation;
}
