// Malformed Engine.IO and Socket.IO frames: a fixed catalogue of the packet shapes parsers
// get wrong (bad JSON, unknown packet types, binary attachments announced but missing,
// frames over the size limit, hostile nesting), plus frames drawn at random by fast-check.
import fc from "fast-check";
import type { Frame } from "./raw-socket.ts";
import { deriveSeed, sampleOne } from "./seeds.ts";
import { CODE_POINT } from "./valid-values.ts";

export interface WireCase {
  /** `wire/sio-bad-json/0` */
  id: string;
  name: string;
  /** Whether the frames go after a successful Socket.IO CONNECT (`40{auth}`) or instead of it. */
  afterConnect: boolean;
  /** The frames, exactly; `maxPayload` is the server's limit from its open packet. */
  frames(maxPayload: number): Frame[];
  description: string;
}

const EVENT = "MESSAGE_SENT";
const placeholder = (num: number) => ({ _placeholder: true, num });

type CatalogueEntry = Omit<WireCase, "id">;

const CATALOGUE: CatalogueEntry[] = [
  {
    name: "eio-unknown-packet-type",
    afterConnect: true,
    frames: () => ["9"],
    description: "Engine.IO packet type 9 does not exist",
  },
  {
    name: "eio-empty-frame",
    afterConnect: true,
    frames: () => [""],
    description: "an empty WebSocket frame",
  },
  {
    name: "eio-unexpected-binary",
    afterConnect: true,
    frames: () => [Buffer.from([0xde, 0xad, 0xbe, 0xef])],
    description: "binary data no BINARY_EVENT announced",
  },
  {
    name: "sio-bad-json",
    afterConnect: true,
    frames: () => ["42["],
    description: "EVENT with truncated JSON",
  },
  {
    name: "sio-unknown-packet-type",
    afterConnect: true,
    frames: () => ['49["x"]'],
    description: "Socket.IO packet type 9 does not exist",
  },
  {
    name: "sio-empty-packet",
    afterConnect: true,
    frames: () => ["4"],
    description: "an Engine.IO message with no Socket.IO packet in it",
  },
  {
    name: "sio-event-not-array",
    afterConnect: true,
    frames: () => [`42{"event":"${EVENT}"}`],
    description: "EVENT whose data is an object, not an array",
  },
  {
    name: "sio-event-empty-array",
    afterConnect: true,
    frames: () => ["42[]"],
    description: "EVENT with no event name",
  },
  {
    name: "sio-event-name-not-string",
    afterConnect: true,
    frames: () => ["42[42,{}]", "42[null]"],
    description: "EVENT whose name is a number, or null",
  },
  {
    name: "sio-unknown-namespace",
    afterConnect: true,
    frames: () => [`42/nowhere,["${EVENT}",{}]`],
    description: "EVENT for a namespace never joined",
  },
  {
    name: "sio-huge-ack-id",
    afterConnect: true,
    frames: () => [`4299999999999999999999999["${EVENT}",{}]`],
    description: "EVENT with an ack id past 2^53",
  },
  {
    name: "sio-binary-missing-attachment",
    afterConnect: true,
    frames: () => [`451-${JSON.stringify([EVENT, placeholder(0)])}`],
    description: "BINARY_EVENT announcing one attachment, followed by text instead",
  },
  {
    name: "sio-binary-truncated",
    afterConnect: true,
    frames: () => [
      `452-${JSON.stringify([EVENT, placeholder(0), placeholder(1)])}`,
      Buffer.from("first of two"),
    ],
    description: "BINARY_EVENT announcing two attachments, only one sent",
  },
  {
    name: "sio-binary-bad-placeholder",
    afterConnect: true,
    frames: () => [`451-${JSON.stringify([EVENT, placeholder(7)])}`, Buffer.from("x")],
    description: "a placeholder pointing past the attachments sent",
  },
  {
    name: "sio-attachment-count-nan",
    afterConnect: true,
    frames: () => [`45x-["${EVENT}",{}]`],
    description: "a BINARY_EVENT attachment count that is not a number",
  },
  {
    name: "sio-hostile-nesting",
    afterConnect: true,
    frames: (max) => {
      const depth = Math.max(1, Math.min(20_000, Math.floor((max - 40) / 2) - 1));
      return [`42["${EVENT}",${"[".repeat(depth)}${"]".repeat(depth)}]`];
    },
    description: "a payload nested thousands of arrays deep (stack-hungry parsers and validators)",
  },
  {
    name: "sio-proto-key",
    afterConnect: true,
    frames: () => [
      `42["${EVENT}",{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]`,
    ],
    description: "a payload with __proto__ and constructor.prototype keys",
  },
  {
    name: "sio-non-finite-number",
    afterConnect: true,
    frames: () => [`42["${EVENT}",{"fileSize":1e999}]`],
    description: "a number JSON.parse turns into Infinity",
  },
  {
    name: "eio-over-size-text",
    afterConnect: true,
    frames: (max) => [`42["${EVENT}",{"message":"${"a".repeat(max + 1)}"}]`],
    description: "a text frame one payload over the server's announced maxPayload",
  },
  {
    name: "eio-over-size-binary",
    afterConnect: true,
    frames: (max) => [Buffer.alloc(max + 1, 0x61)],
    description: "a binary frame over the size limit",
  },
  {
    name: "sio-connect-auth-not-object",
    afterConnect: false,
    frames: () => ['40"not-an-object"'],
    description: "CONNECT whose auth is a string",
  },
  {
    name: "sio-connect-bad-json",
    afterConnect: false,
    frames: () => ["40{"],
    description: "CONNECT with truncated JSON",
  },
  {
    name: "eio-close-then-data",
    afterConnect: true,
    frames: () => ["1", `42["${EVENT}",{}]`],
    description: "data after the client's own CLOSE packet",
  },
];

/** Frames drawn at random: Socket.IO-looking prefixes followed by arbitrary text or JSON. */
const randomFrame: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: CODE_POINT, maxLength: 40 }),
  fc
    .tuple(
      fc.constantFrom("4", "42", "43", "45", "40", "41", "44", "46"),
      fc.string({ maxLength: 40 }),
    )
    .map(([p, s]) => p + s),
  fc.tuple(fc.constantFrom("42", "421", "42/x,"), fc.json({ maxDepth: 3 })).map(([p, s]) => p + s),
);

/** The catalogue, then `random` generated frames; ids are stable and carry the variant. */
export function wireCases(seed: number, random: number): WireCase[] {
  const fixed = CATALOGUE.map((entry) => ({ ...entry, id: `wire/${entry.name}/0` }));
  const drawn = Array.from({ length: random }, (_, k): WireCase => {
    const id = `wire/random/${k}`;
    const frames = sampleOne(
      fc.array(randomFrame, { minLength: 1, maxLength: 3 }),
      deriveSeed(seed, id),
    );
    return {
      id,
      name: "random",
      afterConnect: true,
      frames: () => frames,
      description: "frames drawn at random",
    };
  });
  return [...fixed, ...drawn];
}

/** A frame as JSON-friendly data for reports: text as is, binary as base64. */
export function describeFrame(frame: Frame): unknown {
  if (typeof frame === "string")
    return frame.length > 2000 ? `${frame.slice(0, 200)}… (${frame.length} chars)` : frame;
  return frame.length > 2000
    ? { binaryBytes: frame.length }
    : { binaryBase64: frame.toString("base64") };
}
