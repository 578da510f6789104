package dev.dispatch.privacy;

import dev.dispatch.internal.Checks;
import java.time.LocalDate;

/**
 * Who a person is, as protected personal data: full name, a partial name (a first name only, as
 * reports often give), date of birth, and an image of the face. Every part is {@link Protected}:
 * known, withheld at source or absent, never in {@code toString()} or a public output.
 *
 * <p>Shared by prisoners and by the other people a report mentions (relatives, victims,
 * commanders), who are protected by default too. Immutable and thread-safe.
 *
 * @param name the full name
 * @param partialName a part of the name the report gives on its own: "Oleksandr", "his first name, Ivan"
 * @param dateOfBirth the date of birth
 * @param face an image of the face, as a reference (URI or file name) to the image
 */
public record Identity(Protected<String> name, Protected<String> partialName, Protected<LocalDate> dateOfBirth,
    Protected<String> face) {

  private static final Identity NONE = new Identity(Protected.absent(), Protected.absent(), Protected.absent(),
      Protected.absent());

  /** Checks that no component is null. */
  public Identity {
    Checks.notNull(name, "name");
    Checks.notNull(partialName, "partialName");
    Checks.notNull(dateOfBirth, "dateOfBirth");
    Checks.notNull(face, "face");
  }

  /** An identity of which the report gives nothing. */
  public static Identity none() {
    return NONE;
  }

  /** This identity with a name. */
  public Identity withName(Protected<String> name) {
    return new Identity(name, partialName, dateOfBirth, face);
  }

  /** This identity with a partial name. */
  public Identity withPartialName(Protected<String> partialName) {
    return new Identity(name, partialName, dateOfBirth, face);
  }

  /** This identity with a date of birth. */
  public Identity withDateOfBirth(Protected<LocalDate> dateOfBirth) {
    return new Identity(name, partialName, dateOfBirth, face);
  }

  /** This identity with a face image. */
  public Identity withFace(Protected<String> face) {
    return new Identity(name, partialName, dateOfBirth, face);
  }

  /** This identity as a public output carries it: every known value {@linkplain Protected#redacted() redacted}. */
  public Identity redacted() {
    Identity r = new Identity(name.redacted(), partialName.redacted(), dateOfBirth.redacted(), face.redacted());
    return r.equals(this) ? this : r;
  }

  /** Whether any part is known and not released: publishing it would expose protected data. */
  public boolean isExposedIfPublished() {
    return name.isExposedIfPublished() || partialName.isExposedIfPublished() || dateOfBirth.isExposedIfPublished()
        || face.isExposedIfPublished();
  }
}
