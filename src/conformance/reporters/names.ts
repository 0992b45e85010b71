export const REPORTERS = ["console", "json", "junit"] as const;
export type ReporterName = (typeof REPORTERS)[number];
