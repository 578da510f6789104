package dev.dispatch.json;

import dev.dispatch.count.Count;
import dev.dispatch.figure.Figure;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module for Dispatch's JSON format v1 (see {@code docs/json-format.md}).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new DispatchModule()).build();
 * String json = mapper.writeValueAsString(report);          // public view
 * Report back = mapper.readValue(json, Report.class);
 * }</pre>
 *
 * It registers one serializer and one deserializer for each model type that can stand alone in
 * JSON: {@link Report}, {@link Count}, {@link DateValue}, {@link DateMention}, {@link Place},
 * {@link Location}, {@link Source}, {@link Attribution}, {@link Statement}, {@link Figure},
 * {@link Prisoner}, {@link Particulars}, {@link UnlinkedFacts}. The deserializers are strict:
 * unknown properties, wrong types, missing required properties, broken invariants and dangling
 * references fail with a {@link DispatchJsonException}. Errors that Jackson itself detects
 * (malformed JSON, duplicate keys, read limits) are Jackson exceptions when you use a mapper of
 * your own; {@link DispatchJson} configures those limits and turns them into
 * {@link DispatchJsonException} too.
 *
 * <p>Writers produce the {@linkplain View#PUBLIC public view} unless the module was made with
 * {@link #withView(View) withView(View.INTERNAL)}. Immutable; options return a new module.
 * Discoverable through {@link java.util.ServiceLoader} as a {@code tools.jackson.databind.JacksonModule}.
 */
public final class DispatchModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "dev.dispatch", "dispatch-serialization");

  private final View view;

  /** The module with the public view. */
  public DispatchModule() {
    this(View.PUBLIC);
  }

  private DispatchModule(View view) {
    super("DispatchModule", VERSION);
    this.view = Objects.requireNonNull(view, "view must not be null");
    register(Report.class, ReportCodec.INSTANCE);
    register(Count.class, CountCodec.INSTANCE);
    register(DateValue.class, DateCodec.VALUE);
    register(DateMention.class, DateCodec.INSTANCE);
    register(Place.class, PlaceCodec.INSTANCE);
    register(Location.class, PlaceCodec.LOCATION);
    register(Source.class, SourceCodec.INSTANCE);
    register(Attribution.class, AttributionCodec.INSTANCE);
    register(Statement.class, StatementCodec.INSTANCE);
    register(Figure.class, FigureCodec.INSTANCE);
    register(Prisoner.class, PrisonerCodec.INSTANCE);
    register(Particulars.class, ParticularsCodec.INSTANCE);
    register(UnlinkedFacts.class, PrisonerCodec.UNLINKED);
  }

  /**
   * This module writing the given view.
   *
   * @param view {@link View#INTERNAL} to write protected values; {@link View#PUBLIC} to redact them
   * @return a module with that view
   */
  public DispatchModule withView(View view) {
    return new DispatchModule(view);
  }

  /** The view this module writes. */
  public View view() {
    return view;
  }

  @Override
  public Object getRegistrationId() {
    return DispatchModule.class.getName();
  }

  private <T> void register(Class<T> type, Codec<T> codec) {
    addSerializer(type, new Serializer<>(type, codec, view));
    addDeserializer(type, new Deserializer<>(type, codec));
  }

  private static final class Serializer<T> extends StdSerializer<T> {
    private final Codec<T> codec;
    private final View view;

    Serializer(Class<T> type, Codec<T> codec, View view) {
      super(type);
      this.codec = codec;
      this.view = view;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      codec.write(value, g, WriteState.of(ctxt, view));
    }
  }

  private static final class Deserializer<T> extends StdDeserializer<T> {
    private final Codec<T> codec;

    Deserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return codec.read(p, ReadState.of(ctxt, false));
    }
  }
}
