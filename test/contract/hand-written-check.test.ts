// The bench's speed limit (bench/lib/hand-written-check.ts) must be a real check of the
// contract, or beating it proves nothing: same verdict as ajv + full ajv-formats on the
// bench corpus, on payloads drawn from the schemas, mutated ones, and edge timestamps.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HAND_WRITTEN_CHECKS, HAND_WRITTEN_EVENTS } from "../../bench/lib/hand-written-check.ts";
import { independentValidators } from "../codegen/independent-validator.ts";
import { corpus, mutatedPayloads, timestampLike, validPayloads } from "./payloads.ts";

const reference = independentValidators();

function expectSameVerdict(event: (typeof HAND_WRITTEN_EVENTS)[number], payload: unknown): boolean {
  const expected = reference[event]!(payload);
  expect(
    HAND_WRITTEN_CHECKS[event](payload),
    `${event} ${JSON.stringify(payload)?.slice(0, 300)}`,
  ).toBe(expected);
  return expected;
}

describe("hand-written check (bench speed limit)", () => {
  for (const event of HAND_WRITTEN_EVENTS) {
    it(`${event}: the corpus, drawn payloads, mutated payloads and edge timestamps`, () => {
      const items = corpus.filter((item) => item.event === event);
      let accepted = 0;
      for (const item of items) if (expectSameVerdict(event, item.payload)) accepted++;
      expect(accepted).toBe(items.length / 2);
      fc.assert(
        fc.property(validPayloads(event), (payload) => {
          expect(expectSameVerdict(event, payload)).toBe(true);
        }),
        { numRuns: 300, seed: 1610 },
      );
      let rejected = 0;
      fc.assert(
        fc.property(mutatedPayloads(event), (payload) => {
          if (!expectSameVerdict(event, payload)) rejected++;
        }),
        { numRuns: 1000, seed: 1611 },
      );
      expect(rejected).toBeGreaterThan(500);
      fc.assert(
        fc.property(validPayloads(event), timestampLike, (payload, timestamp) => {
          expectSameVerdict(event, { ...(payload as object), timestamp });
        }),
        { numRuns: 2000, seed: 1612 },
      );
    });
  }
});
