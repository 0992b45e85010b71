// asyncapi.yaml itself: clean for the parser, the 15 wire names, directions as docs/protocol.md says.
import { readFile } from "node:fs/promises";
import { Parser } from "@asyncapi/parser";
import { describe, expect, it } from "vitest";
import { EVENTS, EVENT_NAMES, SPEC_PATH } from "../../src/contract/index.ts";
import { PROTOCOL_V1_EVENTS } from "../support/protocol-v1-events.ts";

const WIRE_NAMES: readonly string[] = PROTOCOL_V1_EVENTS;

// docs/protocol.md's table: S = server -> clients, C = client -> server.
const DIRECTIONS: Record<string, string> = {
  USER_CONNECTED: "S",
  USER_DISCONNECTED: "S",
  DATA_RECEIVED: "S",
  MESSAGE_SENT: "C",
  MESSAGE_RECEIVED: "S",
  FILE_UPLOADED: "SC",
  USER_STATUS_CHANGED: "SC",
  GROUP_CREATED: "SC",
  GROUP_MEMBER_ADDED: "SC",
  GROUP_MEMBER_REMOVED: "SC",
  NOTIFICATION_RECEIVED: "S",
  USER_SETTINGS_UPDATED: "SC",
  USER_CHANGED_GROUP: "SC",
  ERROR_OCCURED: "S",
  CONNECTION_ERROR: "S",
};

describe("asyncapi.yaml", async () => {
  const parsed = await new Parser().parse(await readFile(SPEC_PATH, "utf8"));
  const document = parsed.document!;

  it("has no parser errors, warnings, or anything but the newer-version info", () => {
    const findings = parsed.diagnostics.filter((d) => d.code !== "asyncapi-latest-version");
    expect(findings.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    expect(document.version()).toBe("3.0.0");
  });

  it("names exactly the 15 wire events of protocol v1, ERROR_OCCURED with one R", () => {
    const names = document
      .channels()
      .all()[0]!
      .messages()
      .all()
      .map((m) => m.name());
    expect([...names].sort()).toEqual([...WIRE_NAMES].sort());
    expect([...EVENT_NAMES].sort()).toEqual([...WIRE_NAMES].sort());
  });

  it("gives each event the directions of the protocol table (server point of view)", () => {
    for (const name of WIRE_NAMES) {
      const code = EVENTS[name as keyof typeof EVENTS].directions
        .map((d) => (d === "server-to-client" ? "S" : "C"))
        .join("");
      expect(`${name}:${code}`).toBe(`${name}:${DIRECTIONS[name]}`);
    }
  });

  it("describes every message and gives it at least one example", () => {
    for (const message of document.messages().all()) {
      expect(message.description()?.length, message.name()).toBeGreaterThan(20);
      expect(message.examples().length, message.name()).toBeGreaterThan(0);
    }
  });

  it("carries the handshake auth schema and the connect_error delivery for tools to read", () => {
    const channel = document.channels().all()[0]!.json() as Record<string, any>;
    expect(channel["x-socketio-handshake"].auth.required).toEqual(["userId"]);
    expect(channel["x-socketio-handshake"].connectError.errorCodes).toEqual([
      "AUTH_REQUIRED",
      "AUTH_INVALID",
    ]);
    expect(EVENTS.CONNECTION_ERROR.delivery).toBe("connect_error");
  });
});
