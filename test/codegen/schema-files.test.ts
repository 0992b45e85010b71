// schemas/: standalone draft-07 documents any validator can use, agreeing with the examples.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVENTS, EVENT_NAMES, SCHEMAS_DIR, validateEvent } from "../../src/contract/index.ts";
import { independentValidators, loadSchemaFiles } from "./independent-validator.ts";

const schemas = loadSchemaFiles();
const validators = independentValidators();
const now = "2026-11-28T02:11:03.000Z";

describe("schemas/", () => {
  it("holds one standalone draft-07 schema per event, titled with the wire name", () => {
    for (const name of EVENT_NAMES) {
      const schema = schemas[name]!;
      expect(schema["$schema"]).toBe("http://json-schema.org/draft-07/schema#");
      expect(schema["$id"]).toBe(`urn:chat-contract:protocol-v1:${name}`);
      expect(schema["title"]).toBe(name);
      expect(schema["additionalProperties"]).toBe(false);
      expect(String(schema["$comment"])).toMatch(
        /GENERATED from asyncapi\.yaml by `npm run generate`/,
      );
    }
  });

  it("contains no x-parser-* keys and only local $refs", () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const text = JSON.stringify(schema);
      expect(text, name).not.toMatch(/x-parser-/);
      for (const match of text.matchAll(/"\$ref":"([^"]+)"/g))
        expect(match[1], name).toMatch(/^#\/definitions\//);
    }
  });

  it("accepts every example of asyncapi.yaml, with an independent validator and the generated one", () => {
    let count = 0;
    for (const name of EVENT_NAMES) {
      for (const example of EVENTS[name].examples) {
        const validate = validators[name]!;
        expect(
          validate(example.payload),
          `${name}/${example.name}: ${JSON.stringify(validate.errors)}`,
        ).toBe(true);
        expect(validateEvent(name, example.payload), `${name}/${example.name}`).toEqual([]);
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(15);
  });

  it("rejects what protocol-v1 forbids, agreeing with the generated validators", () => {
    const cases: Array<[string, unknown, string]> = [
      ["MESSAGE_SENT", { userId: 1, message: "hi", timestamp: now }, "type"],
      ["MESSAGE_SENT", { userId: "a", message: "x".repeat(4001), timestamp: now }, "maxLength"],
      ["MESSAGE_SENT", { userId: "a", message: "hi" }, "required"],
      [
        "MESSAGE_SENT",
        { userId: "a", message: "hi", timestamp: now, extra: 1 },
        "additionalProperties",
      ],
      ["USER_CONNECTED", { userId: "a".repeat(65), timestamp: now }, "maxLength"],
      ["USER_CONNECTED", { userId: "a", timestamp: "2026-11-28 02:11:03" }, "format"],
      ["USER_CONNECTED", { userId: "a", timestamp: "2026-11-28T03:11:03+01:00" }, "pattern"],
      ["USER_STATUS_CHANGED", { userId: "a", newStatus: "sleeping", timestamp: now }, "enum"],
      [
        "FILE_UPLOADED",
        { userId: "a", fileName: "../etc/passwd", fileSize: 1, timestamp: now },
        "pattern",
      ],
      ["FILE_UPLOADED", { userId: "a", fileName: "a.txt", fileSize: 1.5, timestamp: now }, "type"],
      [
        "FILE_UPLOADED",
        { userId: "a", fileName: "a.txt", fileSize: 2 ** 53, timestamp: now },
        "maximum",
      ],
      ["USER_SETTINGS_UPDATED", { userId: "a", settingName: "theme", timestamp: now }, "required"],
      ["USER_CHANGED_GROUP", { userId: "a", newChannelId: { name: "x" }, timestamp: now }, "oneOf"],
      ["ERROR_OCCURED", { errorCode: "forbidden", errorMessage: "x", timestamp: now }, "pattern"],
      ["DATA_RECEIVED", { dataType: "SESSION_SNAPSHOT", data: {}, timestamp: now }, "required"],
    ];
    for (const [event, payload, keyword] of cases) {
      const validate = validators[event]!;
      expect(validate(payload), `${event} ${JSON.stringify(payload)}`).toBe(false);
      expect(
        validate.errors!.map((e) => e.keyword),
        event,
      ).toContain(keyword);
      expect(
        validateEvent(event, payload).map((v) => v.keyword),
        event,
      ).toContain(keyword);
    }
  });

  it("accepts both forms of newChannelId and any JSON value as newValue", () => {
    const change = validators["USER_CHANGED_GROUP"]!;
    expect(change({ userId: "a", newChannelId: "general", timestamp: now })).toBe(true);
    expect(change({ userId: "a", newChannelId: { id: "g", extra: true }, timestamp: now })).toBe(
      true,
    );
    const settings = validators["USER_SETTINGS_UPDATED"]!;
    for (const newValue of [null, 0, false, "x", [1], { a: 1 }]) {
      expect(
        settings({ userId: "a", settingName: "s", newValue, timestamp: now }),
        JSON.stringify(newValue),
      ).toBe(true);
    }
  });

  it("lists every event with its directions and schema file in catalog.json", () => {
    const catalog = JSON.parse(readFileSync(path.join(SCHEMAS_DIR, "catalog.json"), "utf8"));
    expect(catalog.events.map((e: { name: string }) => e.name)).toEqual([...EVENT_NAMES]);
    for (const entry of catalog.events) {
      expect(entry.directions).toEqual(EVENTS[entry.name as keyof typeof EVENTS].directions);
      expect(schemas[path.basename(entry.schema, ".json")]).toBeDefined();
    }
    const connectionError = catalog.events.find(
      (e: { name: string }) => e.name === "CONNECTION_ERROR",
    );
    expect(connectionError.delivery).toBe("connect_error");
  });
});
