// `chat-contract diff` against `asyncapi diff` (@asyncapi/diff 0.5.0) on the same corpus:
// test/fixtures/diff/corpus.yaml, pairs of contracts each with the verdicts it must get.
// A pair's verdict is "breaking" when any expected change is breaking or undecided (what
// makes `chat-contract diff` exit 1); @asyncapi/diff's is "breaking" when it lists any
// breaking change. Both tools read the same two documents parsed by @asyncapi/parser.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isSeq, parse, parseDocument } from "yaml";
import { diff as asyncapiDiff } from "@asyncapi/diff";
import { extractContract } from "../scripts/codegen/extract-events.ts";
import { parseSpec } from "../scripts/codegen/load-spec.ts";
import { compareContracts, type Contract } from "../src/diff/compare-contracts.ts";
import { compared, type BenchResult, type Figure } from "./lib/figure.ts";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../test/fixtures/diff");

type Edit = { set: Record<string, unknown> } | { delete: string[] };

interface PairSpec {
  name: string;
  old?: Edit[];
  new?: Edit[];
  expect: string[];
}

export interface CorpusPair {
  name: string;
  oldText: string;
  newText: string;
  /** Every change the diff must report, as "kind EVENT direction path". */
  expect: string[];
  /** True when some expected change is breaking or undecided. */
  breaking: boolean;
}

function segments(pointer: string): string[] {
  if (!pointer.startsWith("/")) throw new Error(`"${pointer}" is not a JSON pointer`);
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Map keys stay strings; a segment under a sequence is an index. */
function yamlPath(doc: ReturnType<typeof parseDocument>, pointer: string): Array<string | number> {
  const keys: Array<string | number> = [];
  for (const segment of segments(pointer)) {
    const parent = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
    keys.push(isSeq(parent) && /^\d+$/.test(segment) ? Number(segment) : segment);
  }
  return keys;
}

/** Applies the edits; an edit whose target is missing throws, so a stale pair cannot pass. */
function applyEdits(base: string, edits: Edit[] | undefined, pair: string): string {
  if (!edits || edits.length === 0) return base;
  const doc = parseDocument(base);
  for (const edit of edits) {
    if ("set" in edit) {
      for (const [pointer, value] of Object.entries(edit.set)) {
        const keys = yamlPath(doc, pointer);
        if (keys.length > 1 && !doc.hasIn(keys.slice(0, -1))) {
          throw new Error(`corpus pair ${pair}: set ${pointer}: its parent is not in base.yaml`);
        }
        doc.setIn(keys, value);
      }
    } else {
      for (const pointer of edit.delete) {
        const keys = yamlPath(doc, pointer);
        if (!doc.hasIn(keys))
          throw new Error(`corpus pair ${pair}: delete ${pointer}: not in base.yaml`);
        doc.deleteIn(keys);
      }
    }
  }
  return doc.toString({ lineWidth: 0 });
}

export async function loadDiffCorpus(dir: string = FIXTURES): Promise<CorpusPair[]> {
  const base = await readFile(path.join(dir, "base.yaml"), "utf8");
  const specs = parse(await readFile(path.join(dir, "corpus.yaml"), "utf8")) as PairSpec[];
  return specs.map((spec) => ({
    name: spec.name,
    oldText: applyEdits(base, spec.old, spec.name),
    newText: applyEdits(base, spec.new, spec.name),
    expect: spec.expect,
    breaking: spec.expect.some((line) => !line.startsWith("non-breaking ")),
  }));
}

// ---------------------------------------------------------------------------------------
// The benchmark: both tools on every pair.

interface PairScore {
  name: string;
  expected: boolean;
  ours: boolean;
  oursExact: boolean;
  theirs: boolean | "error";
  theirsUnclassified: number;
}

export interface DiffAccuracyOptions {
  /** Only the first N pairs (the smoke test); all of them by default. */
  limit?: number;
}

type Parsed = { contract: Contract; json: unknown };

async function parseBoth(text: string, name: string): Promise<Parsed> {
  const spec = await parseSpec(text, name, path.join(FIXTURES, name));
  return { contract: extractContract(spec.document), json: spec.document.json() };
}

function verdictLines(contract: ReturnType<typeof compareContracts>): string[] {
  return contract.changes.map((c) => `${c.kind} ${c.event} ${c.direction} ${c.path}`).sort();
}

function percent(count: number, of: number): number {
  return of === 0 ? 0 : (100 * count) / of;
}

export async function runDiffAccuracy(options: DiffAccuracyOptions = {}): Promise<BenchResult> {
  const pairs = (await loadDiffCorpus()).slice(0, options.limit);
  const parsed = new Map<string, Promise<Parsed>>();
  const parse = (text: string, name: string) => {
    if (!parsed.has(text)) parsed.set(text, parseBoth(text, name));
    return parsed.get(text)!;
  };
  const scores: PairScore[] = [];
  let oursMs = 0;
  let theirsMs = 0;
  for (const pair of pairs) {
    const before = await parse(pair.oldText, `${pair.name}.old.yaml`);
    const after = await parse(pair.newText, `${pair.name}.new.yaml`);
    let t0 = performance.now();
    const report = compareContracts(before.contract, after.contract);
    oursMs += performance.now() - t0;
    let theirs: PairScore["theirs"] = "error";
    let theirsUnclassified = 0;
    t0 = performance.now();
    try {
      const output = asyncapiDiff(before.json, after.json);
      theirs = output.breaking().length > 0;
      theirsUnclassified = output.unclassified().length;
    } catch {
      // counted as a wrong verdict: the tool gave none
    }
    theirsMs += performance.now() - t0;
    scores.push({
      name: pair.name,
      expected: pair.breaking,
      ours: report.changes.some((c) => c.kind !== "non-breaking"),
      oursExact: sameLines(verdictLines(report), [...pair.expect].sort()),
      theirs,
      theirsUnclassified,
    });
  }
  printSideBySide(scores);
  return resultOf(scores, { oursMs, theirsMs });
}

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

function printSideBySide(scores: PairScore[]): void {
  const word = (v: boolean | "error") => (v === "error" ? "error" : v ? "breaking" : "safe");
  const width = Math.max(...scores.map((s) => s.name.length));
  console.log(`  ${"pair".padEnd(width)}  expected  chat-contract  @asyncapi/diff`);
  for (const s of scores) {
    const mark = (v: boolean | "error") => `${word(v)}${v === s.expected ? "" : " ✗"}`;
    console.log(
      `  ${s.name.padEnd(width)}  ${word(s.expected).padEnd(8)}  ${mark(s.ours).padEnd(13)}  ${mark(s.theirs)}`,
    );
  }
}

function resultOf(scores: PairScore[], time: { oursMs: number; theirsMs: number }): BenchResult {
  const breaking = scores.filter((s) => s.expected);
  const safe = scores.filter((s) => !s.expected);
  const right = (pick: (s: PairScore) => boolean | "error", among: PairScore[]) =>
    among.filter((s) => pick(s) === s.expected).length;
  const figure = (id: string, label: string, among: PairScore[]): Figure => {
    const ours = percent(
      right((s) => s.ours, among),
      among.length,
    );
    const theirs = percent(
      right((s) => s.theirs, among),
      among.length,
    );
    const base: Figure = { id, label, value: ours, unit: "%" };
    const baseline = { label: "@asyncapi/diff 0.5.0", value: theirs };
    // A baseline of 0 % has no meaningful ratio: show it, without one.
    return theirs > 0 ? compared(base, baseline) : { ...base, baseline };
  };
  const exact = scores.filter((s) => s.oursExact).length;
  const wrongTheirs = scores.filter((s) => s.theirs !== s.expected).map((s) => s.name);
  const wrongOurs = scores.filter((s) => s.ours !== s.expected).map((s) => s.name);
  const unclassified = scores.reduce((sum, s) => sum + s.theirsUnclassified, 0);
  return {
    name: "diff-accuracy",
    title: "Breaking-change detection accuracy",
    config: { pairs: scores.length, breakingPairs: breaking.length, safePairs: safe.length },
    figures: [
      figure("diff.verdict.all", "pairs with the right verdict", scores),
      figure("diff.verdict.breaking", "breaking pairs flagged (recall)", breaking),
      figure("diff.verdict.safe", "safe pairs passed (no false alarm)", safe),
      {
        id: "diff.exact",
        label:
          "chat-contract diff: pairs with exactly the expected changes (kind, event, direction, path)",
        value: percent(exact, scores.length),
        unit: "%",
        target: {
          text: "every corpus pair gets its expected verdict",
          met: exact === scores.length,
          on: "value",
        },
      },
      {
        id: "diff.asyncapi-diff.unclassified",
        label: "@asyncapi/diff: unclassified changes over the corpus",
        value: unclassified,
        unit: "changes",
      },
      {
        id: "diff.compare-time",
        label: "chat-contract diff: comparison per pair (after parsing)",
        value: time.oursMs / Math.max(1, scores.length),
        unit: "ms",
        baseline: { label: "@asyncapi/diff", value: time.theirsMs / Math.max(1, scores.length) },
        ratio: time.oursMs / Math.max(1e-9, time.theirsMs),
      },
    ],
    notes: [
      `Corpus: test/fixtures/diff/corpus.yaml, ${scores.length} pairs (${breaking.length} breaking or undecided, ${safe.length} safe), each edits of a frozen copy of asyncapi.yaml.`,
      "Both tools read the same documents parsed once by @asyncapi/parser 3.6.6: chat-contract the normalised payload schemas of the codegen chain, @asyncapi/diff the dereferenced document (`document.json()`), as `asyncapi diff` does. Parsing is not timed.",
      "A pair counts as flagged by chat-contract when it reports a breaking or undecided change (exit 1), by @asyncapi/diff when it lists a breaking change (its `unclassified` changes do not fail a build).",
      `Wrong verdicts: chat-contract ${wrongOurs.length === 0 ? "none" : wrongOurs.join(", ")}; @asyncapi/diff ${wrongTheirs.length === 0 ? "none" : `${wrongTheirs.length} (${wrongTheirs.join(", ")})`}.`,
    ],
  };
}
