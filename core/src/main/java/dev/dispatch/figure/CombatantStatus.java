package dev.dispatch.figure;

/** Whether people are civilians or combatants, where the report says. */
public enum CombatantStatus {
  /** Members of armed forces or groups. */
  COMBATANTS,
  /** Civilians. */
  CIVILIANS,
  /** Both, not separated by the report. */
  MIXED
}
