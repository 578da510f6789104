package dev.dispatch.figure;

/** Whether a population is civilians or combatants, where the report says. */
public enum CombatantStatus {
  /** Members of armed forces or groups. */
  COMBATANTS,
  /** Civilians. */
  CIVILIANS,
  /** Both, not separated by the report. */
  MIXED
}
