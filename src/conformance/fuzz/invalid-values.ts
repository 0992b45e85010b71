// Invalid values derived from a schema node, keyword by keyword: one small breaker per
// keyword, listed in a registry, each changing the value so that this keyword fails and
// (wherever the schema allows) nothing else does.
import fc from "fast-check";
import type { SchemaNode } from "./schema-source.ts";
import {
  allowsType,
  assertSupported,
  childPath,
  stringMeets,
  typesOf,
  type JsonType,
} from "./schema-keywords.ts";
import { formatSupport, satisfiesFormat } from "./formats.ts";
import {
  liftToBranch,
  liftToProperty,
  omitKey,
  sampleValid,
  type Draw,
  type NodeTransform,
} from "./node-transform.ts";
import { pick } from "./seeds.ts";
import { codePointLength, matchesPattern, takeCodePoints, toCodePointLength } from "./strings.ts";
import { anyJsonValue } from "./valid-values.ts";

type Breaker = (node: SchemaNode, path: string) => NodeTransform[];

const valueTransform = (
  keyword: string,
  path: string,
  apply: NodeTransform["apply"],
): NodeTransform => ({
  keywords: [keyword],
  instancePath: path,
  touches: "value",
  apply,
});

/** A few valid strings of the node to edit: the payload's own value first, then fresh draws. */
function stringSeeds(node: SchemaNode, value: unknown, draw: Draw): string[] {
  const drawn = [sampleValid(node, draw), sampleValid(node, draw)];
  return [value, ...drawn].filter((s): s is string => typeof s === "string");
}

function unique<T>(values: T[]): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- type ---------------------------------------------------------------------------

/** A value of each JSON type, drawn; "number" is a fraction (what `integer` rejects). */
export const WRONG_TYPE_VALUES: Record<JsonType, fc.Arbitrary<unknown>> = {
  integer: fc.oneof(fc.constant(42), fc.integer()),
  number: fc.oneof(
    fc.constant(0.5),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  ),
  string: fc.oneof(fc.constant("12"), fc.string({ maxLength: 8 })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.oneof(fc.constant([]), fc.array(anyJsonValue, { maxLength: 3 })),
  object: fc.oneof(
    fc.constant({}),
    fc.dictionary(fc.string({ maxLength: 6 }), anyJsonValue, { maxKeys: 3 }),
  ),
};
const WRONG_TYPE_ORDER: JsonType[] = [
  "integer",
  "number",
  "string",
  "boolean",
  "null",
  "array",
  "object",
];

/** The JSON types `allowed` rejects, in a fixed order ("number" stands for a fraction). */
export function wrongTypes(allowed: readonly JsonType[]): JsonType[] {
  const example: Record<JsonType, unknown> = {
    integer: 1,
    number: 0.5,
    string: "",
    boolean: true,
    null: null,
    array: [],
    object: {},
  };
  return WRONG_TYPE_ORDER.filter((type) => !allowsType(allowed, example[type]));
}

/** A value of the variant's wrong type, its content drawn. */
export function wrongTypeValue(allowed: readonly JsonType[], draw: Draw, where: string): unknown {
  const type = pick(wrongTypes(allowed), draw.variant, `type at ${where}`);
  return JSON.parse(JSON.stringify(draw.value(WRONG_TYPE_VALUES[type]))) as unknown;
}

const breakType: Breaker = (node, path) => {
  const types = typesOf(node);
  if (types === undefined) return [];
  return [valueTransform("type", path, (_v, draw) => wrongTypeValue(types, draw, path))];
};

// ---- strings --------------------------------------------------------------------------

const breakMinLength: Breaker = (node, path) => {
  const min = node["minLength"] as number;
  if (min <= 0) return [];
  return [
    valueTransform("minLength", path, (value, draw) =>
      takeCodePoints(stringSeeds(node, value, draw)[0] ?? "", min - 1),
    ),
  ];
};

const breakMaxLength: Breaker = (node, path) => {
  const max = node["maxLength"] as number;
  return [
    valueTransform("maxLength", path, (value, draw) => {
      // ASCII first ("4001 characters"), then emoji (one character, two UTF-16 units), then the node's own values.
      const sources = ["x", "😀", "é", ...stringSeeds(node, value, draw)];
      const candidates = unique(sources.map((s) => toCodePointLength(s, max + 1))).filter(
        (s) => codePointLength(s) === max + 1 && stringMeets(node, s, { length: true }),
      );
      return pick(candidates, draw.variant, `maxLength at ${path}`);
    }),
  ];
};

const SPECIAL_CHARACTERS = ["/", "\\", "\u0000", " ", "\n", "+", "é", "😀", "T", "z"];

/** Small edits that tend to break a pattern while keeping the rest of the string sound. */
function patternEdits(text: string, position: number): string[] {
  const points = Array.from(text);
  const at = position % (points.length + 1);
  const insertAt = (ch: string) => [...points.slice(0, at), ch, ...points.slice(at)].join("");
  return [
    ...SPECIAL_CHARACTERS.map(insertAt),
    text.replace(/Z$/, "+00:00"),
    text.toLowerCase(),
    text.replace("T", " "),
    // A leap second: RFC 3339 allows it, but no common runtime holds one, so contracts forbid it.
    text.replace(/T\d{2}:\d{2}:\d{2}/, "T23:59:60"),
    ` ${text}`,
    `${text}\n`,
    text.toUpperCase(),
  ];
}

const breakPattern: Breaker = (node, path) => {
  const pattern = node["pattern"] as string;
  return [
    valueTransform("pattern", path, (value, draw) => {
      const at = draw.value(fc.nat());
      const candidates = unique(
        stringSeeds(node, value, draw).flatMap((s) => patternEdits(s, at)),
      ).filter((s) => !matchesPattern(s, pattern) && stringMeets(node, s, { pattern: true }));
      return pick(candidates, draw.variant, `pattern at ${path}`);
    }),
  ];
};

const breakFormat: Breaker = (node, path) => {
  const format = node["format"] as string;
  const support = formatSupport(format, path);
  return [
    valueTransform("format", path, (value, draw) => {
      const candidates = unique(stringSeeds(node, value, draw).flatMap(support.breakers)).filter(
        (s) => !satisfiesFormat(format, s) && stringMeets(node, s, { format: true }),
      );
      return pick(candidates, draw.variant, `format at ${path}`);
    }),
  ];
};

// ---- numbers ----------------------------------------------------------------------------

/** The smallest step past `limit` that a double can show: +1 where it is exact, else doubling. */
function pastLimit(limit: number, direction: 1 | -1): number {
  const next = limit + direction;
  return next !== limit ? next : limit * 2 * direction;
}

const breakMinimum: Breaker = (node, path) => {
  const min = node["minimum"] as number;
  return [
    valueTransform("minimum", path, (_v, draw) =>
      pick(
        [pastLimit(min, -1), min - 1000, Math.min(-(2 ** 53), min * 2 - 1)],
        draw.variant,
        `minimum at ${path}`,
      ),
    ),
  ];
};

const breakMaximum: Breaker = (node, path) => {
  const max = node["maximum"] as number;
  // For 2^53-1, the first value is 2^53: still exact in a double and in JSON.
  return [
    valueTransform("maximum", path, (_v, draw) =>
      pick(
        [pastLimit(max, 1), max + 1000, Math.max(2 ** 60, max * 2)],
        draw.variant,
        `maximum at ${path}`,
      ),
    ),
  ];
};

const breakExclusiveMinimum: Breaker = (node, path) => {
  const limit = node["exclusiveMinimum"] as number;
  return [
    valueTransform("exclusiveMinimum", path, (_v, draw) =>
      pick([limit, pastLimit(limit, -1)], draw.variant, path),
    ),
  ];
};

const breakExclusiveMaximum: Breaker = (node, path) => {
  const limit = node["exclusiveMaximum"] as number;
  return [
    valueTransform("exclusiveMaximum", path, (_v, draw) =>
      pick([limit, pastLimit(limit, 1)], draw.variant, path),
    ),
  ];
};

// ---- enum and const -------------------------------------------------------------------

/** Values of the same type as `allowed[0]` that are none of `allowed`. */
function outsiders(allowed: readonly unknown[], draw: Draw): unknown[] {
  const first = allowed[0];
  const drawn: unknown[] =
    typeof first === "string"
      ? [
          ...allowed.map((v) => String(v).toUpperCase()),
          ...allowed.map((v) => `${String(v)} `),
          "",
          draw.value(fc.string({ minLength: 1, maxLength: 12 })),
        ]
      : typeof first === "number"
        ? [Math.max(...(allowed as number[])) + 1, Math.min(...(allowed as number[])) - 1]
        : typeof first === "boolean"
          ? [!first]
          : [{ notOneOf: allowed.length }];
  return unique(drawn).filter((v) => !allowed.some((a) => JSON.stringify(a) === JSON.stringify(v)));
}

const breakEnum: Breaker = (node, path) => {
  const allowed = node["enum"] as unknown[];
  const types = typesOf(node);
  return [
    valueTransform("enum", path, (_v, draw) => {
      const candidates = outsiders(allowed, draw).filter(
        (v) => types === undefined || allowsType(types, v),
      );
      return pick(candidates, draw.variant, `enum at ${path}`);
    }),
  ];
};

const breakConst: Breaker = (node, path) => {
  const value = node["const"];
  const types = typesOf(node);
  return [
    valueTransform("const", path, (_v, draw) => {
      const candidates = outsiders([value], draw).filter(
        (v) => types === undefined || allowsType(types, v),
      );
      return pick(candidates, draw.variant, `const at ${path}`);
    }),
  ];
};

// ---- objects ------------------------------------------------------------------------------

const breakRequired: Breaker = (node, path) =>
  (node["required"] as string[]).map((key) => ({
    keywords: ["required"],
    instancePath: childPath(path, key),
    touches: "shape" as const,
    apply: (value: unknown) => omitKey(value, key),
  }));

const breakAdditionalProperties: Breaker = (node, path) => {
  if (node["additionalProperties"] !== false) return [];
  const declared = Object.keys((node["properties"] ?? {}) as object);
  const first = declared[0] ?? "x";
  return [
    {
      keywords: ["additionalProperties"],
      instancePath: path,
      touches: "shape",
      apply: (value, draw) => {
        const drawn = draw.value(fc.string({ minLength: 1, maxLength: 10 }));
        const keys = [
          "extra",
          `${first[0]?.toUpperCase() ?? ""}${first.slice(1)}`,
          `${first} `,
          drawn,
        ].filter((k) => !declared.includes(k) && k !== "__proto__");
        const extraValue = draw.variant === 0 ? true : draw.value(anyJsonValue);
        return {
          ...(value as object),
          [pick(keys, draw.variant, `additionalProperties at ${path}`)]: extraValue,
        };
      },
    },
  ];
};

const breakProperties: Breaker = (node, path) =>
  Object.entries(node["properties"] as Record<string, SchemaNode>).flatMap(([key, child]) =>
    invalidTransformsOf(child, childPath(path, key)).map((t) => liftToProperty(key, t)),
  );

// ---- oneOf --------------------------------------------------------------------------------

/**
 * Each branch broken on its own terms (a value of that branch's type, so the other
 * branches fail on type), plus a type no branch accepts.
 */
const breakOneOf: Breaker = (node, path) => {
  const branches = node["oneOf"] as SchemaNode[];
  const perBranch = branches.flatMap((branch, i) =>
    invalidTransformsOf(branch, path)
      .filter((t) => !(t.keywords[0] === "type" && t.instancePath === path))
      .map((t) => liftToBranch(i, branch, t)),
  );
  const accepted = branches.flatMap((b) => typesOf(b) ?? WRONG_TYPE_ORDER);
  const neither: NodeTransform = {
    keywords: ["oneOf", "type"],
    instancePath: path,
    touches: "value",
    apply: (_v, draw) => wrongTypeValue(accepted, draw, path),
  };
  return [...perBranch, neither];
};

/** The registry: keyword -> how to break it. Order here is the order of rules in a round. */
const BREAKERS: Array<[keyword: string, breaker: Breaker]> = [
  ["type", breakType],
  ["additionalProperties", breakAdditionalProperties],
  ["required", breakRequired],
  ["properties", breakProperties],
  ["oneOf", breakOneOf],
  ["enum", breakEnum],
  ["const", breakConst],
  ["minLength", breakMinLength],
  ["maxLength", breakMaxLength],
  ["pattern", breakPattern],
  ["format", breakFormat],
  ["minimum", breakMinimum],
  ["maximum", breakMaximum],
  ["exclusiveMinimum", breakExclusiveMinimum],
  ["exclusiveMaximum", breakExclusiveMaximum],
];

/** Every way to break `node`, one keyword at a time. */
export function invalidTransformsOf(node: SchemaNode, path: string): NodeTransform[] {
  assertSupported(node, path);
  return BREAKERS.filter(([keyword]) => keyword in node).flatMap(([, breaker]) =>
    breaker(node, path),
  );
}
