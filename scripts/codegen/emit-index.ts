// Phase 10: one entry point for everything generated.
import { TS_BANNER } from "./banner.ts";
import type { OutputFile } from "./model.ts";

export function emitIndex(): OutputFile {
  const content = [
    TS_BANNER,
    `export type * from "./payloads.ts";`,
    `export type * from "./event-maps.ts";`,
    `export * from "./catalog.ts";`,
    `export * as validators from "./validators.js";`,
    `export type { StandaloneValidator } from "./validators.js";`,
    "",
  ].join("\n");
  return { path: "generated/index.ts", content };
}
