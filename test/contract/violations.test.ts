// validateEvent()'s violations against ajv's own error list (ajv + full ajv-formats on
// schemas/*.json, sharing no code with generated/): one violation per error but `if`, in
// ajv's order, with its keyword, message and schema path; the path of the value it is
// about (a missing or extra property's own path); and the value found there, looked up
// here the plain way (split the JSON Pointer, decode ~1 and ~0, own properties only).
import type { ErrorObject } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_NAMES, validateEvent, type EventName } from "../../src/contract/index.ts";
import { independentValidators } from "../codegen/independent-validator.ts";
import { corpus, mutatedPayloads } from "./payloads.ts";

const reference = independentValidators();

function lookUp(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

function expectViolationsMatch(event: EventName, payload: unknown): boolean {
  const validate = reference[event]!;
  const valid = validate(payload);
  const errors = ((valid ? [] : validate.errors) ?? []).filter((e) => e.keyword !== "if");
  const violations = validateEvent(event, payload);
  const where = `${event} ${JSON.stringify(payload)?.slice(0, 200)}`;
  expect(violations.length, where).toBe(errors.length);
  errors.forEach((error: ErrorObject, i) => {
    const v = violations[i]!;
    const params = error.params as Record<string, unknown>;
    const key =
      error.keyword === "required"
        ? params["missingProperty"]
        : error.keyword === "additionalProperties"
          ? params["additionalProperty"]
          : undefined;
    const path =
      typeof key === "string" ? `${error.instancePath}/${escape(key)}` : error.instancePath;
    expect(
      {
        event: v.event,
        instancePath: v.instancePath,
        keyword: v.keyword,
        message: v.message,
        schemaPath: v.schemaPath,
      },
      where,
    ).toEqual({
      event,
      instancePath: path,
      keyword: error.keyword,
      message: error.message,
      schemaPath: error.schemaPath,
    });
    expect(v.received, `${where} at ${path}`).toEqual(
      error.keyword === "required" ? undefined : lookUp(payload, path),
    );
  });
  return valid;
}

describe("validateEvent() violations match ajv's error list", () => {
  it("on every payload of the bench corpus", () => {
    let invalid = 0;
    for (const item of corpus) if (!expectViolationsMatch(item.event, item.payload)) invalid++;
    expect(invalid).toBe(corpus.length / 2);
  });

  it("on payloads mutated at a random place, odd keys included", () => {
    let invalid = 0;
    fc.assert(
      fc.property(
        fc
          .constantFrom(...EVENT_NAMES)
          .chain((event) =>
            fc.tuple(
              fc.constant(event),
              mutatedPayloads(event),
              fc.constantFrom(null, null, "extra", "a/b", "t~1", "~", ""),
            ),
          ),
        ([event, payload, key]) => {
          // Sometimes one more property with a key that needs escaping in a JSON Pointer.
          const withKey =
            key !== null &&
            typeof payload === "object" &&
            payload !== null &&
            !Array.isArray(payload)
              ? { ...payload, [key]: 1 }
              : payload;
          if (!expectViolationsMatch(event, withKey)) invalid++;
        },
      ),
      { numRuns: 1500, seed: 1606 },
    );
    expect(invalid).toBeGreaterThan(500);
  });
});
