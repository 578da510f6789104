package dev.dispatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dispatch.id.PersonId;
import dev.dispatch.person.Individual;
import dev.dispatch.prisoner.Prisoner;
import dev.dispatch.prisoner.UnlinkedFacts;
import dev.dispatch.privacy.Identity;
import dev.dispatch.privacy.Protected;
import dev.dispatch.report.Report;
import dev.dispatch.testkit.ReferenceReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Over many reports with protected values filled in, the public view contains none of their text. */
class LeakTest {
  private static final String[] GIVEN = {"Pak", "Ри", "김", "Ivan", "Чон", "리", "Sun-hi", "Алексей"};
  private static final String[] FAMILY = {"Jong-su", "Кван Ир", "정호", "Petrov", "Ким", "영철", "Choe", "Монгуш"};
  private final DispatchJson json = DispatchJson.create();

  private static <T> Protected<T> maybeReleased(Protected<T> p, Random random) {
    return random.nextInt(4) == 0 ? p.released(random.nextBoolean() ? Protected.Release.CONSENTED : Protected.Release.ALREADY_PUBLIC) : p;
  }

  @Test
  void noProtectedValueReachesPublicJson() {
    Random random = new Random(20261126L);
    Report base = ReferenceReport.report();
    for (int n = 0; n < 500; n++) {
      List<String> secrets = new ArrayList<>();
      List<Prisoner> prisoners = new ArrayList<>();
      for (Prisoner p : base.prisoners()) {
        String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)] + " " + n;
        String partial = GIVEN[random.nextInt(GIVEN.length)] + "-" + n + "-" + p.id();
        LocalDate born = LocalDate.of(1970 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String face = "faces/" + Long.toHexString(random.nextLong()) + ".jpg";
        secrets.add(name);
        secrets.add(partial);
        secrets.add(born.toString());
        secrets.add(face);
        prisoners.add(p.withIdentity(Identity.none().withName(maybeReleased(Protected.known(name), random))
            .withPartialName(maybeReleased(Protected.known(partial), random))
            .withDateOfBirth(maybeReleased(Protected.known(born), random)).withFace(Protected.known(face))));
      }
      String relative = FAMILY[random.nextInt(FAMILY.length)] + " Relative " + n;
      secrets.add(relative);
      Individual person = Individual.builder().id(PersonId.of("relative")).description("a relative")
          .identity(Identity.none().withName(maybeReleased(Protected.known(relative), random))).build();
      int serial = random.nextInt(1_000_000);
      String number = "AB-" + serial;
      String holder = FAMILY[random.nextInt(FAMILY.length)] + " Holder " + serial;
      secrets.add(number);
      secrets.add(holder);
      List<UnlinkedFacts> unlinked = base.unlinked().stream().map(u -> UnlinkedFacts.of(u.among(),
          u.shares().stream().map(s -> Copies.particulars(s, s.documents().stream()
              .map(d -> Copies.document(d).number(Protected.known(number))
                  .holderName(maybeReleased(Protected.known(holder), random)).build())
              .toList()).build()).toList())).toList();
      Report report = Copies.report(base).prisoners(prisoners).addPeople(person).unlinked(unlinked).build();

      String publicJson = json.write(report);
      String mapperJson = json.mapper().writeValueAsString(report);
      String text = report.toString();
      for (String secret : secrets) {
        assertFalse(publicJson.contains(secret), () -> "public JSON leaks " + secret);
        assertFalse(mapperJson.contains(secret), () -> "the mapper's JSON leaks " + secret);
        assertFalse(text.contains(secret), () -> "toString leaks " + secret);
      }
      assertEquals(report.redacted(), json.read(publicJson));
    }
  }
}
