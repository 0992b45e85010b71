// generated/validators.js (fast code, scripts/codegen/emit-validators.ts), both its
// verdict-first validators and its one-pass allErrors ones, against the plain
// reference: ajv with ajv-formats' full formats compiling schemas/*.json. For every payload
// both must give the same verdict and, when invalid, the same error list (what
// validateEvent() turns into violations). Payloads: the bench corpus, valid payloads drawn
// from each event's schema, and those payloads mutated at a random place.
import type { ErrorObject } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as generated from "../../generated/validators.js";
import type { StandaloneValidator } from "../../generated/validators.js";
import { EVENT_NAMES, type EventName } from "../../src/contract/index.ts";
import { independentValidators } from "../codegen/independent-validator.ts";
import { corpus, mutatedPayloads, timestampLike, validPayloads } from "./payloads.ts";

const reference = independentValidators();
// Both ways in: the verdict-first validators (the named exports) and the one-pass listing
// ones validateEvent() calls (allErrors).
const fast = generated as unknown as Record<EventName, StandaloneValidator>;
const listing: Readonly<Record<EventName, StandaloneValidator>> = generated.allErrors;

interface Outcome {
  valid: boolean;
  errors: ErrorObject[] | null;
}

/** ajv's verbose fields (the value and schema an error is about) are checked apart. */
function plain(errors: ErrorObject[]): ErrorObject[] {
  return errors.map(({ schema: _schema, parentSchema: _parent, data: _data, ...error }) => error);
}

function outcome(validate: StandaloneValidator, payload: unknown): Outcome {
  const valid = validate(payload);
  return { valid, errors: valid ? null : plain(validate.errors ?? []) };
}

function expectSame(event: EventName, payload: unknown): boolean {
  const expected = outcome(reference[event]!, payload);
  const actual = outcome(fast[event], payload);
  expect(actual, `${event} ${JSON.stringify(payload)?.slice(0, 300)}`).toEqual(expected);
  const listed = outcome(listing[event], payload);
  expect(listed, `${event} (allErrors) ${JSON.stringify(payload)?.slice(0, 300)}`).toEqual(
    expected,
  );
  return expected.valid;
}

describe("generated validators agree with ajv + full ajv-formats", () => {
  it("on every payload of the bench corpus (verdict and error list)", () => {
    let valid = 0;
    for (const item of corpus) if (expectSame(item.event, item.payload)) valid++;
    // The corpus is half valid: a reference that rejected everything would show here.
    expect(valid).toBe(corpus.length / 2);
  });

  for (const event of EVENT_NAMES) {
    it(`${event}: on payloads drawn from its schema, and on the same payloads mutated`, () => {
      const payloads = validPayloads(event);
      fc.assert(
        fc.property(payloads, (payload) => {
          expect(expectSame(event, payload)).toBe(true);
        }),
        { numRuns: 150, seed: 1600 },
      );
      let rejected = 0;
      fc.assert(
        fc.property(mutatedPayloads(event), (payload) => {
          if (!expectSame(event, payload)) rejected++;
        }),
        { numRuns: 400, seed: 1601 },
      );
      // Mutations must often break something, or this compares valid payloads only (some
      // land inside free-form values such as a settings value, and stay valid).
      expect(rejected).toBeGreaterThan(100);
    });
  }

  it("on timestamps in and out of the contract, in every event that carries one", () => {
    const carriers = EVENT_NAMES.filter((event) =>
      corpus.some(
        (item) => item.event === event && item.valid && "timestamp" in (item.payload as object),
      ),
    );
    expect(carriers.length).toBeGreaterThan(5);
    let accepted = 0;
    fc.assert(
      fc.property(
        fc
          .constantFrom(...carriers)
          .chain((event) => fc.tuple(fc.constant(event), validPayloads(event), timestampLike)),
        ([event, payload, timestamp]) => {
          if (expectSame(event, { ...(payload as object), timestamp })) accepted++;
        },
      ),
      { numRuns: 3000, seed: 1602 },
    );
    // Both sides of the line are visited.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });
});
