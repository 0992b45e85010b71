// How violations are grouped for people: one finding per broken field, not per frame.
import { describe, expect, it } from "vitest";
import { groupFailures } from "../../src/conformance/reporters/format-failure.ts";
import type { Failure } from "../../src/conformance/results.ts";

function schemaFailure(received: unknown, extra: Partial<Failure> = {}): Failure {
  return {
    check: "payload-matches-schema",
    event: "FILE_UPLOADED",
    message: "must be integer",
    instancePath: "/fileSize",
    keyword: "type",
    expected: "integer",
    received,
    ...extra,
  };
}

describe("groupFailures", () => {
  it("groups schema violations of one field whatever the received value, counting the values", () => {
    const groups = groupFailures([
      schemaFailure("1", { client: "alice#1" }),
      schemaFailure("2", { client: "bob#1", step: "bob#1 sends FILE_UPLOADED" }),
      schemaFailure("2", { client: "alice#1" }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 3, receivedValues: 2, clients: ["alice#1", "bob#1"] });
    // The representative is the one that says which step produced it.
    expect(groups[0]!.failure.step).toBe("bob#1 sends FILE_UPLOADED");
  });

  it("keeps schema violations of different fields or keywords apart", () => {
    const groups = groupFailures([
      schemaFailure("1"),
      schemaFailure("1", { instancePath: "/userId" }),
      schemaFailure(-1, { keyword: "minimum", message: "must be >= 0", expected: ">= 0" }),
    ]);
    expect(groups).toHaveLength(3);
  });

  it("keeps behaviour failures with different received values apart", () => {
    const routing = (received: string): Failure => ({
      check: "routing",
      event: "MESSAGE_RECEIVED",
      message: "reached a connection in another channel",
      received,
    });
    expect(groupFailures([routing("a"), routing("b"), routing("a")]).map((g) => g.count)).toEqual([
      2, 1,
    ]);
  });
});
