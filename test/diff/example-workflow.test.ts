// examples/contract-diff.yml is a workflow people copy: it must parse, run on pull requests,
// fetch the base branch, and call `chat-contract diff --base ... --reporter markdown`.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../src/contract/index.ts";

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

describe("examples/contract-diff.yml", () => {
  it("runs chat-contract diff against the base branch on pull requests, as markdown", async () => {
    const text = await readFile(path.join(PROJECT_ROOT, "examples/contract-diff.yml"), "utf8");
    const workflow = parse(text) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: Step[] }>;
    };
    expect(Object.keys(workflow.on)).toContain("pull_request");
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.find((s) => s.uses?.startsWith("actions/checkout"))?.with?.["fetch-depth"]).toBe(
      0,
    );
    const diff = steps.find((s) => s.run?.includes("chat-contract diff"));
    expect(diff?.run).toMatch(
      /npx chat-contract diff --base "origin\/\$BASE_REF" --reporter markdown/,
    );
  });
});
