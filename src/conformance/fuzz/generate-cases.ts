// The case generator: for each client-to-server event, N invalid cases (the schema's rules
// broken one at a time, round-robin, so N >= the number of rules covers every keyword) and
// N valid cases (every boundary value first, then random draws), all bound to the scenario.
import type { FuzzCase, FuzzKind, ScenarioIds } from "./case-model.ts";
import { caseId, parseCaseId } from "./case-model.ts";
import { boundaryTransformsOf } from "./boundary-values.ts";
import { invalidTransformsOf, WRONG_TYPE_VALUES, wrongTypes } from "./invalid-values.ts";
import { typesOf } from "./schema-keywords.ts";
import { ruleName, sampleValid, type Draw, type NodeTransform } from "./node-transform.ts";
import { boundValuePaths, fixup } from "./scenario-fixup.ts";
import { clientToServerEvents, payloadSchemaOf, type SchemaNode } from "./schema-source.ts";
import { deriveSeed, drawFor, pick } from "./seeds.ts";

export interface GenerateOptions {
  seed: number;
  /** N: cases of each kind (valid, invalid) per event. */
  casesPerKind: number;
  ids: ScenarioIds;
  /** Client-to-server events to generate for; default all of them. */
  events?: readonly string[];
}

/** A rule of one kind for one event: its name, keyword chain and how it makes arguments. */
export interface CaseRule {
  name: string;
  keywords: string[];
  instancePath: string;
  /** From the bound valid payload (and the case's draw) to the emitted arguments. */
  args(payload: unknown, draw: Draw): unknown[];
}

const fromTransform = (t: NodeTransform): CaseRule => ({
  name: ruleName(t),
  keywords: t.keywords,
  instancePath: t.instancePath,
  args: (payload, draw) => [t.apply(payload, draw)],
});

/** Socket.IO lets a client send any number of arguments; the contract wants exactly one. */
const ARGUMENT_COUNT_RULES: CaseRule[] = [
  { name: "arguments:0", keywords: ["arguments"], instancePath: "", args: () => [] },
  {
    name: "arguments:2",
    keywords: ["arguments"],
    instancePath: "",
    args: (payload, draw) => [
      payload,
      pick([payload, {}, null, "extra", 0], draw.variant, "a second argument"),
    ],
  },
];

function memo<T>(compute: (event: string) => T): (event: string) => T {
  const cache = new Map<string, T>();
  return (event) => {
    if (!cache.has(event)) cache.set(event, compute(event));
    return cache.get(event) as T;
  };
}

/** "Not an object": one rule per JSON type the payload's schema rejects, so a short round has them all. */
function payloadTypeRules(schema: SchemaNode): CaseRule[] {
  const types = typesOf(schema);
  if (types === undefined) return [];
  return wrongTypes(types).map((type) => ({
    name: `type=${type}:`,
    keywords: ["type"],
    instancePath: "",
    args: (_payload, draw) => [draw.value(WRONG_TYPE_VALUES[type])],
  }));
}

/** Every invalid rule of an event, in round order: payload type, argument count, then the schema's keywords. */
export const invalidRulesOf = memo((event: string): CaseRule[] => {
  const schema = payloadSchemaOf(event);
  const fieldRules = invalidTransformsOf(schema, "")
    .filter((t) => !(t.keywords[0] === "type" && t.instancePath === ""))
    .map(fromTransform);
  return [...payloadTypeRules(schema), ...ARGUMENT_COUNT_RULES, ...fieldRules];
});

/** The valid boundary rules of an event, minus those on fields the scenario fixes. */
export const boundaryRulesOf = memo((event: string): CaseRule[] => {
  const bound = new Set(boundValuePaths(event));
  return boundaryTransformsOf(payloadSchemaOf(event), "")
    .filter((t) => !(t.touches === "value" && bound.has(t.instancePath)))
    .map(fromTransform);
});

const RANDOM_RULE: CaseRule = {
  name: "random",
  keywords: [],
  instancePath: "",
  args: (payload) => [payload],
};

/** The rule and variant of the i-th case of a kind. */
function ruleAt(event: string, kind: FuzzKind, index: number): { rule: CaseRule; variant: number } {
  if (kind === "invalid") {
    const rules = invalidRulesOf(event);
    return {
      rule: rules[index % rules.length] as CaseRule,
      variant: Math.floor(index / rules.length),
    };
  }
  const boundaries = boundaryRulesOf(event);
  if (index < boundaries.length) return { rule: boundaries[index] as CaseRule, variant: 0 };
  return { rule: RANDOM_RULE, variant: index - boundaries.length };
}

/** GROUP_MEMBER_ADDED -> "gma": keeps the new ids of two events with the same boundaries apart. */
function initials(event: string): string {
  return event
    .split("_")
    .map((word) => word[0]?.toLowerCase() ?? "")
    .join("");
}

/** JSON-stable: what is generated is byte for byte what goes on the wire. */
function onWire(args: unknown[]): unknown[] {
  return JSON.parse(JSON.stringify(args)) as unknown[];
}

/** Builds the i-th case of a kind for an event. Pure: a function of (seed, event, kind, index, ids). */
export function buildCase(
  event: string,
  kind: FuzzKind,
  index: number,
  seed: number,
  ids: ScenarioIds,
): FuzzCase {
  const { rule, variant } = ruleAt(event, kind, index);
  const id = caseId(event, kind, rule.name, variant);
  const draw: Draw = drawFor(deriveSeed(seed, id), variant);
  const drawn = sampleValid(payloadSchemaOf(event), draw);
  const ctx = {
    ids,
    mark: `${kind === "valid" ? "v" : "i"}${index.toString(36)}${initials(event)}`,
    ordinal: index,
  };
  if (kind === "invalid") {
    // Bind a valid payload first, then break one rule: the break survives the binding.
    const { payload } = fixup(event, drawn, ctx);
    return {
      id,
      event,
      kind,
      rule: rule.name,
      keywords: rule.keywords,
      instancePath: rule.instancePath,
      args: onWire(rule.args(payload, draw)),
      setup: [],
    };
  }
  const [edged] = rule.args(drawn, draw);
  const { payload, setup } = fixup(event, edged, ctx);
  return {
    id,
    event,
    kind,
    rule: rule.name,
    keywords: rule.keywords,
    instancePath: rule.instancePath,
    args: onWire([payload]),
    setup: onWire(setup) as FuzzCase["setup"],
  };
}

/** All cases of a run, event by event (the catalogue's order), invalid before valid. */
export function generateFuzzCases(options: GenerateOptions): FuzzCase[] {
  return [...casePlan(options)].map(([event, kind, i]) =>
    buildCase(event, kind, i, options.seed, options.ids),
  );
}

const YIELD_EVERY_MS = 5;

/**
 * The same cases, built while the run's connections are open: the event loop gets a turn
 * every few milliseconds, so the clients keep answering the server's heartbeat. A server
 * that pings every 200 ms and gives 100 ms for the pong is within Engine.IO's rules, and
 * building --fuzz 30's cases in one go blocked the loop for 120 to 280 ms (the server then
 * closed idle clients, and the run blamed it).
 */
export async function generateFuzzCasesYielding(options: GenerateOptions): Promise<FuzzCase[]> {
  const cases: FuzzCase[] = [];
  let turn = performance.now();
  for (const [event, kind, i] of casePlan(options)) {
    cases.push(buildCase(event, kind, i, options.seed, options.ids));
    if (performance.now() - turn < YIELD_EVERY_MS) continue;
    await new Promise((resolve) => setImmediate(resolve));
    turn = performance.now();
  }
  return cases;
}

function* casePlan(options: GenerateOptions): Generator<[string, FuzzKind, number]> {
  for (const event of options.events ?? clientToServerEvents()) {
    for (const kind of ["invalid", "valid"] as const)
      for (let i = 0; i < options.casesPerKind; i++) yield [event, kind, i];
  }
}

/**
 * The index of a case id within its event and kind, so one case can be rebuilt alone
 * (`--fuzz-case`) without generating the others; undefined for an id this contract cannot produce.
 */
export function indexOfCaseId(
  id: string,
  limit: number,
): { event: string; kind: FuzzKind; index: number } | undefined {
  const parts = parseCaseId(id);
  if (parts === undefined || !clientToServerEvents().includes(parts.event)) return undefined;
  for (let index = 0; index < limit; index++) {
    const { rule, variant } = ruleAt(parts.event, parts.kind, index);
    if (rule.name === parts.rule && variant === parts.index)
      return { event: parts.event, kind: parts.kind, index };
  }
  return undefined;
}
