/**
 * Dispatch's JSON format v1 on Jackson 3: {@link dev.dispatch.json.DispatchModule} for your own
 * mapper, {@link dev.dispatch.json.DispatchJson} for ready readers and writers, NDJSON streaming,
 * and the JSON Schema of the format as the resource {@code dev/dispatch/json/report-v1.schema.json}.
 */
module dev.dispatch.serialization {
  requires transitive dev.dispatch.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports dev.dispatch.json;

  provides tools.jackson.databind.JacksonModule with dev.dispatch.json.DispatchModule;
}
