// The schema comparison on keywords and shapes the contract does not use today, so the
// corpus cannot reach them: each case names the effect a validator would see.
import { describe, expect, it } from "vitest";
import { SchemaComparison } from "../../src/diff/compare-schemas.ts";
import type { JsonSchema } from "../../src/diff/model.ts";

function effects(
  before: JsonSchema,
  after: JsonSchema,
  definitions: { old?: Record<string, JsonSchema>; new?: Record<string, JsonSchema> } = {},
) {
  const comparison = new SchemaComparison(definitions.old ?? {}, definitions.new ?? {});
  return comparison
    .compare(before, after, { path: "" })
    .map((c) => `${c.effect} ${c.path}${c.component ? ` (${c.component})` : ""}`);
}

describe("schema comparison", () => {
  it("reads multipleOf by divisibility", () => {
    expect(effects({ multipleOf: 2 }, { multipleOf: 4 })).toEqual(["narrows /multipleOf"]);
    expect(effects({ multipleOf: 4 }, { multipleOf: 2 })).toEqual(["widens /multipleOf"]);
    expect(effects({ multipleOf: 2 }, { multipleOf: 3 })).toEqual(["both /multipleOf"]);
  });

  it("reads exclusive bounds and item counts like the inclusive ones", () => {
    expect(effects({ exclusiveMaximum: 10 }, { exclusiveMaximum: 5 })).toEqual([
      "narrows /exclusiveMaximum",
    ]);
    expect(effects({ minItems: 2 }, {})).toEqual(["widens /minItems"]);
    expect(effects({}, { uniqueItems: true })).toEqual(["narrows /uniqueItems"]);
  });

  it("treats allOf as a conjunction: a branch added narrows, one removed widens", () => {
    const a = { type: "string" };
    const b = { minLength: 2 };
    expect(effects({ allOf: [a] }, { allOf: [a, b] })).toEqual(["narrows /allOf"]);
    expect(effects({ allOf: [a, b] }, { allOf: [b] })).toEqual(["widens /allOf"]);
  });

  it("treats anyOf as a union and compares a branch edited in place", () => {
    const branches = [{ type: "string" }, { type: "integer", maximum: 10 }];
    expect(effects({ anyOf: branches }, { anyOf: [branches[0]!] })).toEqual(["narrows /anyOf"]);
    expect(
      effects({ anyOf: branches }, { anyOf: [branches[0]!, { type: "integer", maximum: 20 }] }),
    ).toEqual(["widens /anyOf/1/maximum"]);
  });

  it("does not guess when a oneOf gains a branch that may overlap another", () => {
    const before = { oneOf: [{ type: "string" }, { type: "object" }] };
    const after = { oneOf: [...before.oneOf, { type: "string", minLength: 3 }] };
    expect(effects(before, after)).toEqual(["undecided /oneOf"]);
  });

  it("says undecided for not, tuple items and keywords it does not analyse", () => {
    expect(effects({ not: { type: "null" } }, { not: { type: "string" } })).toEqual([
      "undecided /not",
    ]);
    expect(effects({ items: [{ type: "string" }] }, { items: [{ type: "number" }] })).toEqual([
      "undecided /items",
    ]);
    expect(
      effects({ propertyNames: { maxLength: 3 } }, { propertyNames: { maxLength: 4 } }),
    ).toEqual(["undecided /propertyNames"]);
  });

  it("ignores annotations and x- extensions", () => {
    const before = { type: "string", title: "A", description: "a", examples: ["x"], "x-note": 1 };
    expect(effects(before, { type: "string", title: "B", default: "y" })).toEqual([]);
  });

  it("names the component a change lives in, and stops at a recursive one", () => {
    const node = (max: number): JsonSchema => ({
      type: "object",
      properties: {
        name: { type: "string", maxLength: max },
        child: { $ref: "#/definitions/Node" },
      },
    });
    const root = { $ref: "#/definitions/Node" };
    expect(effects(root, root, { old: { Node: node(5) }, new: { Node: node(9) } })).toEqual([
      "widens /properties/name/maxLength (Node)",
    ]);
  });

  it("reads boolean schemas: false accepts nothing, true anything", () => {
    expect(effects({ properties: { a: false } }, { properties: { a: true } })).toEqual([
      "widens /properties/a",
    ]);
    expect(
      effects({ additionalProperties: { type: "string" } }, { additionalProperties: true }),
    ).toEqual(["widens /additionalProperties/type"]);
  });
});
