package dev.dispatch.json;

import dev.dispatch.count.Count;
import dev.dispatch.count.Proportion;
import dev.dispatch.event.Event;
import dev.dispatch.figure.Breakdown;
import dev.dispatch.figure.Figure;
import dev.dispatch.figure.FigureRelation;
import dev.dispatch.figure.Part;
import dev.dispatch.figure.Population;
import dev.dispatch.figure.Timeframe;
import dev.dispatch.party.Party;
import dev.dispatch.person.Individual;
import dev.dispatch.place.Location;
import dev.dispatch.place.Place;
import dev.dispatch.prisoner.Particulars;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Identity;
import dev.dispatch.report.Report;
import dev.dispatch.source.Attribution;
import dev.dispatch.source.Hedge;
import dev.dispatch.source.Source;
import dev.dispatch.statement.Statement;
import dev.dispatch.time.DateMention;
import dev.dispatch.time.DateValue;
import dev.dispatch.time.DurationMention;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
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
 * JSON: {@link Report}; the report's elements {@link Place}, {@link Party}, {@link Source},
 * {@link Individual}, {@link Event}, {@link Statement}, {@link Figure}, {@link Prisoner},
 * {@link UnlinkedFacts}; and the values a user reads or writes on their own: {@link Count},
 * {@link Proportion}, {@link DateValue}, {@link DateMention}, {@link DurationMention},
 * {@link Location}, {@link Attribution}, {@link Hedge}, {@link Identity}, {@link Population},
 * {@link Breakdown}, {@link Part}, {@link Timeframe}, {@link FigureRelation},
 * {@link Particulars}. An element standing alone may refer to ids of a report that is not there:
 * references are resolved, and graphs checked, by the report that holds them.
 *
 * <p>The deserializers are strict: unknown properties, wrong types, missing required properties,
 * broken invariants and dangling references fail. <b>Every failure is a Jackson exception</b>, so
 * that a mapper's usual error handling applies: a
 * {@link tools.jackson.databind.exc.MismatchedInputException} whose path is the JSON Pointer of
 * the offending place, whose cause is the {@link DispatchJsonException} with the same message, and
 * whose message and location never quote the document (malformed JSON and the mapper's read
 * limits included: the parser's own exceptions, which quote tokens, are translated inside the
 * deserializers). Content after the top-level value is the mapper's to check, outside this
 * module; {@link DispatchJson#mapper()} configures Jackson to quote at most a token's first
 * characters there.
 *
 * <p>Writers produce the {@linkplain View#PUBLIC public view} unless the module was made with
 * {@link #withView(View) withView(View.INTERNAL)}. The module is immutable: no serializer can be
 * added to it, and {@code withView} returns a new module whose {@linkplain #getRegistrationId()
 * registration id} differs by view, so that registering the internal one after
 * {@code findAndAddModules()} (which finds the public one through {@link java.util.ServiceLoader})
 * adds it rather than being taken for a duplicate; the module registered last wins. Its
 * {@linkplain #version() version} is the build's.
 */
public final class DispatchModule extends JacksonModule {
  private final View view;

  /** The module with the public view. */
  public DispatchModule() {
    this(View.PUBLIC);
  }

  private DispatchModule(View view) {
    this.view = Objects.requireNonNull(view, "view must not be null");
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
  public String getModuleName() {
    return "DispatchModule";
  }

  /** The version of dispatch-serialization, from the build. */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /** The class name, and for the internal view the class name with {@code :internal}. */
  @Override
  public Object getRegistrationId() {
    return view == View.PUBLIC ? DispatchModule.class.getName() : DispatchModule.class.getName() + ":internal";
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Map.Entry<Class<?>, Codec<?>> e : CODECS.entrySet()) {
      add(serializers, deserializers, e.getKey(), e.getValue());
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  /** The types that stand alone, and their codecs. */
  static final Map<Class<?>, Codec<?>> CODECS = Map.ofEntries(
      Map.entry(Report.class, ReportCodec.INSTANCE),
      Map.entry(Count.class, CountCodec.INSTANCE),
      Map.entry(Proportion.class, CountCodec.PROPORTION),
      Map.entry(DateValue.class, DateCodec.VALUE),
      Map.entry(DateMention.class, DateCodec.INSTANCE),
      Map.entry(DurationMention.class, DateCodec.DURATION),
      Map.entry(Place.class, PlaceCodec.INSTANCE),
      Map.entry(Location.class, PlaceCodec.LOCATION),
      Map.entry(Party.class, PartyCodec.INSTANCE),
      Map.entry(Source.class, SourceCodec.INSTANCE),
      Map.entry(Attribution.class, AttributionCodec.INSTANCE),
      Map.entry(Hedge.class, AttributionCodec.HEDGE),
      Map.entry(Individual.class, PersonCodec.INSTANCE),
      Map.entry(Identity.class, ProtectedCodec.IDENTITY),
      Map.entry(Event.class, EventCodec.INSTANCE),
      Map.entry(Statement.class, StatementCodec.INSTANCE),
      Map.entry(Figure.class, FigureCodec.INSTANCE),
      Map.entry(Population.class, FigureCodec.POPULATION),
      Map.entry(Breakdown.class, FigureCodec.BREAKDOWN),
      Map.entry(Part.class, FigureCodec.PART),
      Map.entry(Timeframe.class, FigureCodec.TIMEFRAME),
      Map.entry(FigureRelation.class, FigureCodec.RELATION),
      Map.entry(Prisoner.class, PrisonerCodec.INSTANCE),
      Map.entry(Particulars.class, ParticularsCodec.INSTANCE),
      Map.entry(UnlinkedFacts.class, PrisonerCodec.UNLINKED));

  @SuppressWarnings("unchecked")
  private <T> void add(SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type,
      Codec<?> codec) {
    serializers.addSerializer(type, new Serializer<>(type, (Codec<T>) codec, view));
    deserializers.addDeserializer(type, new Deserializer<>(type, (Codec<T>) codec));
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
      try {
        codec.write(value, g, new WriteState(view, Map.of()));
      } catch (DispatchJsonException e) {
        throw DatabindException.from(g, e.getMessage(), e);
      }
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
      String base = ReadState.pointer(p);
      try {
        return codec.read(p, new ReadState(false));
      } catch (DispatchJsonException e) {
        throw Errors.mismatch(p, handledType(), base, e);
      } catch (JacksonException e) {
        if (Errors.isIo(e)) {
          throw e;
        }
        throw Errors.mismatch(p, handledType(), base, Errors.translate(e, p));
      }
    }
  }
}
