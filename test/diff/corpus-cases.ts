// Every pair of the diff corpus gets exactly the changes it expects: kind, event, direction
// and path of each, nothing more. The old and new documents go through the same load ->
// extract -> normalise chain as `generate`. Parsing takes a few hundred ms per document, so
// the corpus is split over two test files (corpus-1/2.test.ts) that vitest runs in parallel.
import { describe, expect, it } from "vitest";
import { loadDiffCorpus } from "../../bench/diff-accuracy.ts";
import { compareContracts, type Contract } from "../../src/diff/compare-contracts.ts";
import { loadContractText } from "../../src/diff/load-contract.ts";

const corpus = await loadDiffCorpus();
const parsed = new Map<string, Promise<Contract>>();
const contractOf = (text: string, name: string) => {
  if (!parsed.has(text)) parsed.set(text, loadContractText(text, `${name}.yaml`));
  return parsed.get(text)!;
};

function lines(contract: Awaited<ReturnType<typeof compareContracts>>): string[] {
  return contract.changes.map((c) => `${c.kind} ${c.event} ${c.direction} ${c.path}`).sort();
}

/** Defines the tests of every `parts`-th pair, starting at `part`. */
export function defineCorpusTests(part: number, parts: number): void {
  describe(`diff corpus, part ${part + 1} of ${parts}`, () => {
    if (part === 0)
      it("has at least 40 pairs, a breaking and a non-breaking verdict among them", () => {
        expect(corpus.length).toBeGreaterThanOrEqual(40);
        expect(corpus.some((p) => p.breaking)).toBe(true);
        expect(corpus.some((p) => !p.breaking)).toBe(true);
      });

    for (const pair of corpus.filter((_, index) => index % parts === part)) {
      it(`${pair.name}: reports exactly the expected changes`, async () => {
        const before = await contractOf(pair.oldText, `${pair.name}.old`);
        const after = await contractOf(pair.newText, `${pair.name}.new`);
        expect(lines(compareContracts(before, after))).toEqual([...pair.expect].sort());
      });
    }
  });
}
