package dev.dispatch.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.dispatch.privacy.Protected;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * The Jackson 3 module for Dispatch's JSON format v1 (see {@code docs/json-format.md}).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new DispatchModule()).build();
 * String json = mapper.writeValueAsString(report);          // public view
 * Report back = mapper.readValue(json, Report.class);
 * }</pre>
 *
 * It writes and reads every value type of the model ({@code dispatch-core}'s exported packages) as
 * the report's codec does: the report; its elements ({@link dev.dispatch.place.Place},
 * {@link dev.dispatch.party.Party}, {@link dev.dispatch.source.Source},
 * {@link dev.dispatch.person.Individual}, {@link dev.dispatch.event.Event},
 * {@link dev.dispatch.statement.Statement}, {@link dev.dispatch.figure.Figure},
 * {@link dev.dispatch.prisoner.Prisoner}, {@link dev.dispatch.prisoner.UnlinkedFacts}); every value
 * of them that the format writes as an object or a string of its own (a count, a date mention, a
 * location, an attribution or one link of it, an identity, a {@link Protected} value, a document,
 * a capture, an actor, an update, a facet, ...); ids and country codes as strings; enumerations by
 * their wire names ({@code "direct_quote"}). A subtype is written by its supertype's codec (an
 * organisation as a source, with its {@code "type"}), and read by it when the value read is of the
 * subtype asked for. Any other public type of the model (builders, exceptions, the phrase parsers'
 * results) is refused with an {@link tools.jackson.databind.exc.InvalidDefinitionException}, both
 * ways: <b>no model type falls through to Jackson's bean or record serialization</b>, which knows no
 * view and would write a protected value's fields. A {@code Protected<LocalDate>} is read as a date
 * of birth, any other {@code Protected} as a text. An element standing alone may refer to ids of a
 * report that is not there: references are resolved, and graphs checked, by the report that holds
 * them.
 *
 * <p>The deserializers are strict: unknown properties, wrong types, missing required properties,
 * broken invariants and dangling references fail. <b>Every failure is a Jackson exception</b>, so
 * that a mapper's usual error handling applies: a
 * {@link tools.jackson.databind.exc.MismatchedInputException} whose path is the JSON Pointer of
 * the offending place, whose cause is the {@link DispatchJsonException} with the same message, and
 * whose message and location never quote the document (malformed JSON and the mapper's read
 * limits included: the parser's own exceptions, which quote tokens, are translated inside the
 * deserializers). A malformed token where the top-level value starts, and content after it, are
 * the mapper's to check, outside this module: a mapper quotes such a token as far as its
 * {@link tools.jackson.core.ErrorReportConfiguration} allows, and {@link DispatchJson#mapper()}
 * configures Jackson to quote at most a token's first characters there.
 *
 * <p>JSON {@code null} where a Dispatch value is expected (the root, a property of the user's type,
 * an element of a list or an array, an {@code Optional}) is refused like any wrong token; a value
 * missing altogether stays null, as Jackson has it.
 *
 * <p>Writers keep the writer's {@link Limits} ({@link Limits#defaults()} unless the module was made
 * with {@link #withLimits}), as {@link DispatchJson} does, so that what they write reads back: a
 * value whose compact JSON would cross one is refused with a {@link DatabindException} whose cause
 * is the {@link DispatchJsonException} naming the limit and the pointer where it was crossed.
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
  private final Limits limits;

  /** The module with the public view and the default {@link Limits}. */
  public DispatchModule() {
    this(View.PUBLIC, Limits.defaults());
  }

  private DispatchModule(View view, Limits limits) {
    this.view = Objects.requireNonNull(view, "view must not be null");
    this.limits = Objects.requireNonNull(limits, "limits must not be null");
  }

  /**
   * This module writing the given view.
   *
   * @param view {@link View#INTERNAL} to write protected values; {@link View#PUBLIC} to redact them
   * @return a module with that view
   */
  public DispatchModule withView(View view) {
    return new DispatchModule(view, limits);
  }

  /**
   * This module writing within the given limits: each value it writes is refused, with a
   * {@link DatabindException} whose cause names the limit, when a reader with these limits would
   * refuse it (see {@link DispatchJson}). {@link DispatchJson#mapper()} has its own limits.
   *
   * @param limits the limits the values written must keep
   * @return a module with those limits
   */
  public DispatchModule withLimits(Limits limits) {
    return new DispatchModule(view, limits);
  }

  /** The view this module writes. */
  public View view() {
    return view;
  }

  /** The limits each value this module writes keeps. */
  public Limits limits() {
    return limits;
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

  /**
   * The class name; for the internal view the class name with {@code :internal}; and for limits other
   * than the defaults, the limits after that: modules that write differently register apart.
   */
  @Override
  public Object getRegistrationId() {
    String id = view == View.PUBLIC ? DispatchModule.class.getName() : DispatchModule.class.getName() + ":internal";
    return limits.equals(Limits.defaults()) ? id : id + ":" + limits;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new Found());
    context.addDeserializers(new FoundDeserializers());
  }

  /** The refusal of a model type that has no form in the format. */
  static String noForm(Class<?> type) {
    return type.getName() + " has no form in Dispatch JSON: DispatchModule writes and reads the model's values "
        + "(see its Javadoc), and refuses its other types rather than let Jackson write their fields";
  }

  /** Finds the serializer of a model type: its codec's, or a refusal. */
  private final class Found extends Serializers.Base {
    @Override
    public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
      return serializer(type.getRawClass());
    }

    @Override
    public @Nullable ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
      return serializer(type.getRawClass());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private @Nullable ValueSerializer<?> serializer(Class<?> type) {
      ModelTypes.Found found = ModelTypes.codec(type);
      if (found != null) {
        return new Serializer(type, found.codec(), view, limits);
      }
      return ModelTypes.isModel(type) ? new Refusal(type) : null;
    }
  }

  /** Finds the deserializer of a model type: its codec's, or a refusal. */
  private static final class FoundDeserializers extends Deserializers.Base {
    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDescRef) {
      return deserializer(type);
    }

    @Override
    public @Nullable ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDescRef) {
      return deserializer(type);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return ModelTypes.isModel(valueType) || ModelTypes.codec(valueType) != null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static @Nullable ValueDeserializer<?> deserializer(JavaType type) {
      Class<?> raw = type.getRawClass();
      ModelTypes.Found found = ModelTypes.codec(raw);
      if (found == null) {
        return ModelTypes.isModel(raw) ? new Refused(raw) : null;
      }
      Codec<?> codec = found.codec();
      if (raw == Protected.class && type.containedTypeOrUnknown(0).getRawClass() == LocalDate.class) {
        codec = ProtectedCodec.DATE_OF_BIRTH;
      }
      return new Deserializer(raw, codec);
    }
  }

  /** Writes a value with its codec, through a {@link Guard} that keeps the module's limits. */
  private static final class Serializer<T> extends StdSerializer<T> {
    private final Codec<T> codec;
    private final View view;
    private final Limits limits;

    Serializer(Class<T> type, Codec<T> codec, View view, Limits limits) {
      super(type);
      this.codec = codec;
      this.view = view;
      this.limits = limits;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      try {
        codec.write(value, new Guard(g, limits), new WriteState(view, Unknowns.NONE));
      } catch (DispatchJsonException e) {
        throw DatabindException.from(g, e.getMessage(), e);
      }
    }
  }

  /** A model type with no form in the format, asked for by a serializer. */
  private static final class Refusal<T> extends StdSerializer<T> {
    Refusal(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      ctxt.reportBadDefinition(ctxt.constructType(handledType()), noForm(handledType()));
    }
  }

  /** A model type with no form in the format, asked for by a deserializer. */
  private static final class Refused extends StdDeserializer<Object> {
    Refused(Class<?> type) {
      super(type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      return ctxt.reportBadDefinition(ctxt.constructType(handledType()), noForm(handledType()));
    }
  }

  /**
   * Reads a value with its codec. JSON {@code null} where the value is expected (at the root, as a
   * property of the user's type, in a list or an array, as an {@code Optional}) is refused like any
   * other wrong token, with the codec's own message ("expected a prisoner (an object), got null")
   * and the pointer: Jackson asks {@link #getNullValue} for it, which would otherwise answer null.
   * A value missing altogether is still null (an empty {@code Optional}), as Jackson has it.
   */
  private static final class Deserializer<T> extends StdDeserializer<T> {
    private final Codec<? extends T> codec;

    Deserializer(Class<T> type, Codec<? extends T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public @Nullable T getNullValue(DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      return p != null && p.currentToken() == JsonToken.VALUE_NULL ? deserialize(p, ctxt) : null;
    }

    @Override
    public @Nullable Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      ReadState state = new ReadState(p);
      String base = state.pointer(p);
      T value;
      try {
        value = codec.read(p, state);
      } catch (DispatchJsonException e) {
        throw Errors.mismatch(p, handledType(), base, e);
      } catch (JacksonException e) {
        if (Errors.isIo(e)) {
          throw e;
        }
        throw Errors.mismatch(p, handledType(), base, Errors.translate(e, p, state.from()));
      }
      if (!handledType().isInstance(value)) {
        // A supertype's codec read another variant than the subtype asked for (a person source for an organisation).
        throw Errors.mismatch(p, handledType(), base, ReadState.error(p, base, "a value of type "
            + handledType().getSimpleName(), "another variant", null));
      }
      return value;
    }
  }
}
