package dev.dispatch.figure;

/** What kind of quantity a {@link Figure} reports. */
public enum Measure {
  /**
   * People counted by what happened to them, the figure's {@linkplain Figure#outcomes() outcomes}:
   * killed, wounded, captured, displaced, released. The casualty figures of conflict data.
   */
  PEOPLE,
  /** Forces present or deployed: "about 11,000 troops". */
  FORCE_STRENGTH,
  /** Territory held or taken: "hundreds of square kilometers". */
  TERRITORY,
  /** Any other quantity: strikes, drones launched, tonnes of aid; the count's noun says what. */
  OTHER
}
