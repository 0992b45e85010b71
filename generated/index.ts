/* eslint-disable */
// GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.

export type * from "./payloads.ts";
export type * from "./event-maps.ts";
export * from "./catalog.ts";
export * as validators from "./validators.js";
export type { StandaloneValidator } from "./validators.js";
