// How failures are deduplicated: one group per (event, check, rule), counted, bounded.
import { describe, expect, it } from "vitest";
import {
  FailureLog,
  MAX_EXAMPLES,
  ruleOf,
  UNDOCUMENTED_EVENT,
} from "../../src/conformance/failure-log.ts";
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

describe("FailureLog", () => {
  it("groups schema violations of one field whatever the received value, counting every one", () => {
    const log = new FailureLog();
    log.add(schemaFailure("1", { client: "alice#1" }));
    log.add(schemaFailure("2", { client: "bob#1", step: "bob#1 sends FILE_UPLOADED" }));
    log.add(schemaFailure("2", { client: "alice#1" }));
    const groups = log.groups();
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      count: 3,
      rule: "/fileSize type",
      clients: ["alice#1", "bob#1"],
    });
    expect(groups[0]!.examples).toHaveLength(3);
    // The example shown in full is the one that says which step produced it.
    expect(groups[0]!.first.step).toBe("bob#1 sends FILE_UPLOADED");
  });

  it("keeps different fields, keywords, events and checks apart", () => {
    const log = new FailureLog();
    log.add(schemaFailure("1"));
    log.add(schemaFailure("1", { instancePath: "/userId" }));
    log.add(schemaFailure(-1, { keyword: "minimum", message: "must be >= 0" }));
    log.add(schemaFailure("1", { event: "MESSAGE_RECEIVED" }));
    log.add(schemaFailure("1", { check: "fuzz-received-matches-schema" }));
    expect(log.size).toBe(5);
  });

  it("groups behaviour failures by the rule they state, whichever client or fuzz case they name", () => {
    const log = new FailureLog();
    const routing = (client: string): Failure => ({
      check: "routing",
      event: "MESSAGE_RECEIVED",
      client,
      message: `${client} received MESSAGE_RECEIVED although it is in another channel`,
    });
    log.add(routing("alice#1"));
    log.add(routing("bob#1"));
    log.add({
      check: "fuzz-valid-accepted",
      event: "MESSAGE_SENT",
      message: "MESSAGE_SENT/valid/max-length/3: answered ERROR_OCCURED",
    });
    log.add({
      check: "fuzz-valid-accepted",
      event: "MESSAGE_SENT",
      message: "MESSAGE_SENT/valid/emoji/7: answered ERROR_OCCURED",
    });
    expect(log.groups().map((g) => [g.check, g.count])).toEqual([
      ["routing", 2],
      ["fuzz-valid-accepted", 2],
    ]);
  });

  it("orders groups root cause first: the one explaining the most failures leads", () => {
    const log = new FailureLog();
    log.add(schemaFailure("1", { instancePath: "/userId" }));
    for (let i = 0; i < 4; i++) log.add(schemaFailure(String(i)));
    expect(log.groups().map((g) => [g.rule, g.count])).toEqual([
      ["/fileSize type", 4],
      ["/userId type", 1],
    ]);
  });

  it("stores a bounded number of examples and groups, counting the rest", () => {
    const log = new FailureLog(MAX_EXAMPLES, 3);
    for (let i = 0; i < 1000; i++) log.add(schemaFailure(String(i), { client: `c#${i}` }));
    for (let i = 0; i < 10; i++) log.add(schemaFailure("x", { instancePath: `/f${i}` }));
    const [group] = log.groups();
    expect(group).toMatchObject({ count: 1000 });
    expect(group!.examples).toHaveLength(MAX_EXAMPLES);
    expect(group!.clients.length).toBeLessThanOrEqual(50);
    expect(log.size).toBe(3);
    expect(log.overflow).toBe(8);
  });

  it("cuts a huge received value to a preview that notes its real size", () => {
    const log = new FailureLog();
    const huge = "x".repeat(5_000_000);
    const { kept } = log.add(schemaFailure({ blob: huge }));
    expect(kept?.received).toMatchObject({ truncated: true, size: 5_000_000 + 2 + 9 });
    expect(JSON.stringify(kept).length).toBeLessThan(5000);
  });
});

describe("FailureLog ranking", () => {
  it("puts a malformed frame before the waits for its event that failed after it", () => {
    const log = new FailureLog();
    for (let i = 0; i < 30; i++)
      log.add({
        check: "fuzz-valid-forwarded",
        event: "MESSAGE_SENT",
        keyword: `rule${i}`,
        message: `MESSAGE_SENT/valid/rule${i}/0: fuzz-sender#1 did not receive MESSAGE_RECEIVED within 500 ms`,
      });
    for (let i = 0; i < 4; i++)
      log.add(schemaFailure("x", { event: "MESSAGE_RECEIVED", instancePath: "/channelId" }));
    const groups = log.groups(new Set(["payload-matches-schema"]));
    // Thirty fuzz cases walking thirty rules are one failure, explained by the malformed frame.
    expect(groups.map((g) => [g.check, g.count, g.explains])).toEqual([
      ["payload-matches-schema", 4, 34],
      ["fuzz-valid-forwarded", 30, undefined],
    ]);
  });
});

describe("ruleOf", () => {
  it("leaves the values a message quotes out of the rule", () => {
    const message = (payload: string) =>
      `MESSAGE_SENT/valid/random/3: fuzz-sender#1 received MESSAGE_RECEIVED ${payload}, which no accepted step explains`;
    const a = ruleOf({ check: "c", message: message('[{"message":"a"}]') });
    const b = ruleOf({ check: "c", message: message('[{"message":"bbbbbbbb… (4154 chars)') });
    expect(a).toBe("CLIENT received MESSAGE_RECEIVED …, which no accepted step explains");
    expect(b).toBe(a);
  });
});

describe("FailureLog and events the contract does not have", () => {
  it("counts a flood of made-up event names as one failure, its examples naming them", () => {
    const log = new FailureLog();
    for (let i = 0; i < 5000; i++) {
      const event = `GARBAGE_${i}`;
      log.add({
        check: "event-in-contract",
        event,
        message: `the server sent "${event}", which is not an event of the contract`,
      });
    }
    expect(log.size).toBe(1);
    const [group] = log.groups(new Set(["event-in-contract"]));
    expect(group).toMatchObject({
      event: UNDOCUMENTED_EVENT,
      rule: `the server sent "EVENT", which is not an event of the contract`,
      count: 5000,
    });
    expect(group!.examples.map((f) => f.event)).toEqual([0, 1, 2, 3, 4].map((i) => `GARBAGE_${i}`));
  });
});

describe("FailureLog examples per scenario", () => {
  it("keeps the first occurrence in each scenario even past the group's examples", () => {
    const log = new FailureLog(2);
    const kept = ["a", "a", "a", "b", "b", "c"].map(
      (scenario) => log.add(schemaFailure("1", { scenario })).kept?.scenario,
    );
    expect(kept).toEqual(["a", "a", undefined, "b", undefined, "c"]);
    const [group] = log.groups();
    expect(group!.examples).toHaveLength(2);
    expect(group!.scenarios).toEqual({ a: 3, b: 2, c: 1 });
  });
});
