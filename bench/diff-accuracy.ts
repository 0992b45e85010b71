// `chat-contract diff` against `asyncapi diff` (@asyncapi/diff 0.5.0) on the same corpus:
// test/fixtures/diff/corpus.yaml, pairs of contracts each with the verdicts it must get.
// A pair's verdict is "breaking" when any expected change is breaking or undecided (what
// makes `chat-contract diff` exit 1); @asyncapi/diff's is "breaking" when it lists any
// breaking change. Both tools read the same two documents parsed by @asyncapi/parser.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isSeq, parse, parseDocument } from "yaml";
import type { BenchResult, Figure } from "./lib/figure.ts";
import { compared } from "./lib/figure.ts";

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
