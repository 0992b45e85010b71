import { describe, expect, it } from "vitest";
import {
  generateFuzzCases,
  generateFuzzCasesYielding,
  buildCase,
  indexOfCaseId,
  invalidRulesOf,
} from "../../src/conformance/fuzz/generate-cases.ts";
import { invalidTransformsOf } from "../../src/conformance/fuzz/invalid-values.ts";
import { clientToServerEvents, payloadSchemaOf } from "../../src/conformance/fuzz/schema-source.ts";
import type { FuzzCase, ScenarioIds } from "../../src/conformance/fuzz/case-model.ts";
import { codePointLength } from "../../src/conformance/fuzz/strings.ts";
import { errorPath, independentErrors } from "./independent-validator.ts";

const IDS: ScenarioIds = { senderId: "fuzz-sender-😀", groupId: "fuzz-group", tag: "t0" };
const EVENTS = clientToServerEvents();
// Enough cases of each kind that every rule is used at least twice.
const N = Math.max(...EVENTS.map((e) => invalidRulesOf(e).length)) * 2;
const SEEDS = [1, 424242, -7];
const casesBySeed = new Map(
  SEEDS.map((seed) => [seed, generateFuzzCases({ seed, casesPerKind: N, ids: IDS })]),
);
const everyCase = [...casesBySeed.values()].flat();
const invalid = everyCase.filter((c) => c.kind === "invalid");
const valid = everyCase.filter((c) => c.kind === "valid");

/** "oneOf[1].required" -> "required"; the keyword the independent validator must report. */
const finalKeyword = (c: FuzzCase) => (c.keywords.at(-1) ?? "").replace(/\[\d+\]$/, "");
const label = (c: FuzzCase) => `${c.id} ${JSON.stringify(c.args).slice(0, 200)}`;

describe("fuzz generator: invalid cases", () => {
  it("covers every client-to-server event with N invalid cases", () => {
    expect(EVENTS.length).toBeGreaterThan(0);
    for (const event of EVENTS) {
      expect(
        casesBySeed.get(1)!.filter((c) => c.event === event && c.kind === "invalid"),
      ).toHaveLength(N);
    }
  });

  it("sends zero or two arguments exactly when the rule is about the argument count", () => {
    for (const c of invalid) {
      if (c.keywords[0] === "arguments") expect(c.args.length, label(c)).not.toBe(1);
      else expect(c.args.length, label(c)).toBe(1);
    }
  });

  it("every invalid payload fails the independent validator with the intended keyword at the intended place", () => {
    for (const c of invalid.filter((c) => c.keywords[0] !== "arguments")) {
      const errors = independentErrors(c.event, c.args[0]);
      expect(errors.length, label(c)).toBeGreaterThan(0);
      const keyword = finalKeyword(c);
      const hit = errors.some((e) => e.keyword === keyword && errorPath(e) === c.instancePath);
      expect(
        hit,
        `${label(c)}\n wanted ${keyword} at ${c.instancePath}, got ${JSON.stringify(errors.map((e) => [e.keyword, errorPath(e)]))}`,
      ).toBe(true);
      if (c.keywords[0]?.startsWith("oneOf")) {
        expect(
          errors.some((e) => e.keyword === "oneOf" && c.instancePath.startsWith(e.instancePath)),
          label(c),
        ).toBe(true);
      }
    }
  });

  it("breaks one rule at a time: every error sits where the case says it broke something", () => {
    for (const c of invalid.filter((c) => c.keywords[0] !== "arguments")) {
      const scope = c.keywords[0]?.startsWith("oneOf")
        ? c.instancePath.split("/").slice(0, 2).join("/")
        : c.instancePath;
      for (const error of independentErrors(c.event, c.args[0])) {
        expect(
          errorPath(error).startsWith(scope),
          `${label(c)}: unrelated ${error.keyword} at ${errorPath(error)}`,
        ).toBe(true);
      }
    }
  });

  it("covers every constraint keyword each client-to-server schema uses", () => {
    const constraintKeywords = (node: unknown, out = new Set<string>()): Set<string> => {
      if (typeof node !== "object" || node === null) return out;
      for (const [key, value] of Object.entries(node)) {
        if (
          [
            "type",
            "required",
            "additionalProperties",
            "minLength",
            "maxLength",
            "pattern",
            "format",
            "minimum",
            "maximum",
            "enum",
            "const",
            "oneOf",
          ].includes(key)
        ) {
          if (!(key === "additionalProperties" && value !== false)) out.add(key);
        }
        if (key !== "enum" && key !== "const" && key !== "examples") constraintKeywords(value, out);
      }
      return out;
    };
    for (const event of EVENTS) {
      const used = constraintKeywords(payloadSchemaOf(event));
      const covered = new Set(
        casesBySeed
          .get(1)!
          .filter((c) => c.event === event && c.kind === "invalid")
          .flatMap((c) => c.keywords.map((k) => k.replace(/\[\d+\]$/, ""))),
      );
      for (const keyword of used)
        expect(covered.has(keyword), `${event}: no invalid case breaks "${keyword}"`).toBe(true);
    }
  });

  it("crosses the issue's bounds by exactly one: 0 and 4001 characters, 65-character ids, -1 and 2^53, fractions", () => {
    const values = (id: string) =>
      invalid.filter((c) => c.id.startsWith(id)).map((c) => c.args[0] as Record<string, unknown>);
    expect(values("MESSAGE_SENT/invalid/minLength:/message/").map((p) => p["message"])).toContain(
      "",
    );
    expect(
      values("MESSAGE_SENT/invalid/maxLength:/message/").map((p) =>
        codePointLength(p["message"] as string),
      ),
    ).toContain(4001);
    expect(
      values("MESSAGE_SENT/invalid/maxLength:/userId/").map((p) =>
        codePointLength(p["userId"] as string),
      ),
    ).toContain(65);
    expect(values("FILE_UPLOADED/invalid/minimum:/fileSize/").map((p) => p["fileSize"])).toContain(
      -1,
    );
    expect(values("FILE_UPLOADED/invalid/maximum:/fileSize/").map((p) => p["fileSize"])).toContain(
      2 ** 53,
    );
    expect(
      values("FILE_UPLOADED/invalid/type:/fileSize/").some(
        (p) => typeof p["fileSize"] === "number" && !Number.isInteger(p["fileSize"]),
      ),
    ).toBe(true);
    const notObjects = invalid
      .filter((c) => c.rule.startsWith("type=") && c.instancePath === "")
      .map((c) => c.args[0]);
    expect(
      new Set(notObjects.map((v) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v))),
    ).toEqual(new Set(["null", "array", "string", "number", "boolean"]));
    const channelRules = new Set(
      invalid.filter((c) => c.event === "USER_CHANGED_GROUP").map((c) => c.rule),
    );
    expect([...channelRules].filter((r) => r.startsWith("oneOf[0]")).length).toBeGreaterThan(0);
    expect([...channelRules].filter((r) => r.startsWith("oneOf[1]")).length).toBeGreaterThan(0);
  });
});

describe("fuzz generator: valid cases", () => {
  it("every valid payload, and every setup step, passes the independent validator", () => {
    for (const c of valid) {
      expect(c.args.length, label(c)).toBe(1);
      expect(independentErrors(c.event, c.args[0]), label(c)).toEqual([]);
      for (const step of c.setup)
        expect(independentErrors(step.event, step.args[0]), label(c)).toEqual([]);
    }
  });

  it("binds payloads to the scenario: the sender's own id, the existing group, a new group id each time", () => {
    const payloads = (event: string) =>
      valid.filter((c) => c.event === event).map((c) => c.args[0] as Record<string, unknown>);
    for (const event of [
      "MESSAGE_SENT",
      "FILE_UPLOADED",
      "USER_STATUS_CHANGED",
      "USER_SETTINGS_UPDATED",
      "USER_CHANGED_GROUP",
    ]) {
      for (const p of payloads(event)) expect(p["userId"]).toBe(IDS.senderId);
    }
    for (const p of payloads("GROUP_CREATED")) expect(p["creatorId"]).toBe(IDS.senderId);
    for (const p of [...payloads("GROUP_MEMBER_ADDED"), ...payloads("GROUP_MEMBER_REMOVED")])
      expect(p["groupId"]).toBe(IDS.groupId);
    const created = casesBySeed
      .get(1)!
      .filter((c) => c.kind === "valid" && c.event === "GROUP_CREATED")
      .map((c) => (c.args[0] as { groupId: string }).groupId);
    expect(new Set(created).size).toBe(created.length);
    for (const c of valid.filter((c) => c.event === "GROUP_MEMBER_REMOVED")) {
      expect(c.setup).toEqual([
        {
          event: "GROUP_MEMBER_ADDED",
          args: [
            expect.objectContaining({
              groupId: IDS.groupId,
              userId: (c.args[0] as { userId: string }).userId,
            }),
          ],
        },
      ]);
    }
  });

  it("includes the boundary values: exact maximum lengths in ASCII and emoji, every status, both channel forms, {}", () => {
    const first = casesBySeed.get(1)!.filter((c) => c.kind === "valid");
    const messages = first
      .filter((c) => c.event === "MESSAGE_SENT")
      .map((c) => (c.args[0] as { message: string }).message);
    expect(messages).toContain("a".repeat(4000));
    expect(messages).toContain("😀".repeat(4000));
    const statuses = first
      .filter((c) => c.event === "USER_STATUS_CHANGED")
      .map((c) => (c.args[0] as { newStatus: string }).newStatus);
    expect(new Set(statuses)).toEqual(new Set(["online", "offline", "busy", "away"]));
    const channels = first
      .filter((c) => c.event === "USER_CHANGED_GROUP")
      .map((c) => (c.args[0] as { newChannelId: unknown }).newChannelId);
    expect(channels.some((v) => typeof v === "string")).toBe(true);
    expect(channels.some((v) => typeof v === "object")).toBe(true);
    const settings = first
      .filter((c) => c.event === "USER_SETTINGS_UPDATED")
      .map((c) => (c.args[0] as { newValue: unknown }).newValue);
    expect(settings).toContainEqual({});
    const added = first
      .filter((c) => c.event === "GROUP_MEMBER_ADDED")
      .map((c) => (c.args[0] as { userId: string }).userId);
    expect(added.some((id) => codePointLength(id) === 64)).toBe(true);
  });
});

describe("fuzz generator: determinism", () => {
  it("builds the same cases while giving the event loop turns (the run's clients must keep answering the server's heartbeat)", async () => {
    let turns = 0;
    const tick = () => {
      turns++;
      if (!done) setImmediate(tick);
    };
    let done = false;
    setImmediate(tick);
    const cases = await generateFuzzCasesYielding({ seed: 1, casesPerKind: N, ids: IDS });
    done = true;
    expect(JSON.stringify(cases)).toBe(JSON.stringify(casesBySeed.get(1)));
    // A turn every few milliseconds: without one, nothing else ran until all were built.
    expect(turns).toBeGreaterThan(0);
  });

  it("the same seed gives the same cases, byte for byte", () => {
    const again = generateFuzzCases({ seed: 1, casesPerKind: N, ids: IDS });
    expect(JSON.stringify(again)).toBe(JSON.stringify(casesBySeed.get(1)));
  });

  it("a different seed gives different valid and invalid cases", () => {
    const a = casesBySeed.get(1)!;
    const b = casesBySeed.get(424242)!;
    const differing = a.filter(
      (c, i) =>
        c.kind === "valid" &&
        c.rule === "random" &&
        JSON.stringify(c.args) !== JSON.stringify(b[i]!.args),
    );
    expect(differing.length).toBeGreaterThan(
      a.filter((c) => c.kind === "valid" && c.rule === "random").length / 2,
    );
    expect(JSON.stringify(a.filter((c) => c.kind === "invalid"))).not.toBe(
      JSON.stringify(b.filter((c) => c.kind === "invalid")),
    );
  });

  it("ids are unique, and one case rebuilt from its id alone is the same bytes whatever N", () => {
    const cases = casesBySeed.get(1)!;
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases.filter((_, i) => i % 17 === 0)) {
      const where = indexOfCaseId(c.id, N);
      expect(where, c.id).toBeDefined();
      expect(JSON.stringify(buildCase(where!.event, where!.kind, where!.index, 1, IDS))).toBe(
        JSON.stringify(c),
      );
    }
    const small = generateFuzzCases({ seed: 1, casesPerKind: 3, ids: IDS });
    for (const c of small)
      expect(JSON.stringify(cases.find((x) => x.id === c.id))).toBe(JSON.stringify(c));
  });
});

describe("fuzz generator: contract changes", () => {
  it("refuses, naming the keyword and the place, a schema keyword it cannot break yet", () => {
    expect(() =>
      invalidTransformsOf({ type: "array", items: { type: "string" } }, "/tags"),
    ).toThrow(/"items".*\/tags|\/tags.*"items"/);
  });

  it("derives cases from the schema data: a new constraint yields new rules", () => {
    const rules = invalidTransformsOf(
      {
        type: "object",
        additionalProperties: false,
        required: ["n"],
        properties: { n: { type: "integer", minimum: 1, maximum: 9 } },
      },
      "",
    );
    expect(rules.map((r) => `${r.keywords.join(".")}:${r.instancePath}`)).toEqual([
      "type:",
      "additionalProperties:",
      "required:/n",
      "type:/n",
      "minimum:/n",
      "maximum:/n",
    ]);
  });
});
