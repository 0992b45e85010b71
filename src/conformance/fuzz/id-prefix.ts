// Kept apart from the fuzz engine so the scenarios' side can tell the fuzz phase's traffic
// without loading it (fast-check and the generators load only when --fuzz is on).

/** Every id the fuzz phase makes (users, groups) starts with it; no scenario id does. */
export const FUZZ_ID_PREFIX = "fz-";
