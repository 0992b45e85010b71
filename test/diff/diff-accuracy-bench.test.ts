// bench/diff-accuracy.ts on the first pairs of the corpus: it scores both tools and reports
// figures of the right shape. No thresholds on time: figures live in bench/RESULTS.md.
import { describe, expect, it } from "vitest";
import { runDiffAccuracy } from "../../bench/diff-accuracy.ts";

describe("bench: diff accuracy", () => {
  it("scores chat-contract diff and @asyncapi/diff on the same pairs, side by side", async () => {
    const result = await runDiffAccuracy({ limit: 4 });
    expect(result.config).toMatchObject({ pairs: 4 });
    const verdicts = result.figures.find((f) => f.id === "diff.verdict.all")!;
    expect(verdicts.value).toBe(100);
    expect(verdicts.baseline?.label).toBe("@asyncapi/diff 0.5.0");
    expect(verdicts.baseline?.value).toBeGreaterThanOrEqual(0);
    expect(result.figures.find((f) => f.id === "diff.exact")?.target?.met).toBe(true);
    expect(result.notes.some((n) => n.startsWith("Wrong verdicts: chat-contract none;"))).toBe(
      true,
    );
  });
});
