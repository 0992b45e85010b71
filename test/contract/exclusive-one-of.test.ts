// scripts/codegen/exclusive-one-of.ts: which oneOf the verdict-only validators may read as
// anyOf (branches of disjoint types), and that data which looks like a schema is left alone.
// That the verdicts stay ajv's is test/contract/generated-validators.test.ts's job.
import { describe, expect, it } from "vitest";
import { exclusiveOneOfAsAnyOf } from "../../scripts/codegen/exclusive-one-of.ts";

const definitions = {
  Id: { type: "string", minLength: 1 },
  Ref: { type: "object", required: ["id"] },
  Count: { type: "integer" },
  Via: { $ref: "#/definitions/Id" },
};

describe("exclusiveOneOfAsAnyOf", () => {
  it("turns a oneOf of disjoint types into an anyOf, through local $refs, wherever it sits", () => {
    const schema = {
      definitions,
      properties: {
        channel: { oneOf: [{ $ref: "#/definitions/Via" }, { $ref: "#/definitions/Ref" }] },
        list: { items: { oneOf: [{ type: "boolean" }, { type: ["null", "array"] }] } },
      },
    };
    const out = exclusiveOneOfAsAnyOf(schema) as typeof schema;
    expect(out.properties.channel).toEqual({
      anyOf: [{ $ref: "#/definitions/Via" }, { $ref: "#/definitions/Ref" }],
    });
    expect(out.properties.list.items).toEqual({
      anyOf: [{ type: "boolean" }, { type: ["null", "array"] }],
    });
    // The input is not changed.
    expect(schema.properties.channel).toHaveProperty("oneOf");
  });

  it("keeps a oneOf whose branches could both hold", () => {
    const cases = [
      [{ type: "number" }, { $ref: "#/definitions/Count" }],
      [{ type: "string" }, { minLength: 3 }],
      [{ type: "string" }, { $ref: "#/definitions/Missing" }],
      [{ type: "string" }, { $ref: "other.json#/x" }],
      [{ type: ["string", "object"] }, { $ref: "#/definitions/Ref" }],
    ];
    for (const oneOf of cases) {
      const schema = { definitions, properties: { x: { oneOf } } };
      expect(exclusiveOneOfAsAnyOf(schema)).toEqual(schema);
    }
  });

  it("leaves data alone: const, enum, examples and a property named oneOf", () => {
    const data = { oneOf: [{ type: "string" }, { type: "object" }] };
    const schema = {
      definitions,
      const: data,
      enum: [data],
      examples: [data],
      properties: { oneOf: { type: "string" } },
    };
    expect(exclusiveOneOfAsAnyOf(schema)).toEqual(schema);
  });
});
