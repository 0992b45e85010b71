// chat-contract test refuses to judge with generated code from another asyncapi.yaml.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { specProblems } from "../../src/cli/spec-freshness.ts";
import { SPEC_PATH } from "../../src/contract/index.ts";

const dir = await mkdtemp(path.join(tmpdir(), "chat-contract-fresh-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function specWith(edit: (text: string) => string): Promise<string> {
  const file = path.join(dir, `asyncapi-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(file, edit(await readFile(SPEC_PATH, "utf8")));
  return file;
}

describe("specProblems (the asyncapi.yaml gate of chat-contract test)", () => {
  it("finds nothing when generated/ was built from this very file", async () => {
    expect(await specProblems(SPEC_PATH)).toEqual([]);
    expect(await specProblems(await specWith((t) => t))).toEqual([]);
  });

  it("reports an invalid asyncapi.yaml with FILE:LINE:COL diagnostics", async () => {
    const problems = await specProblems(
      await specWith((t) => t.replace("    action: send\n", "    action: emit\n")),
    );
    expect(problems.join("\n")).toMatch(/asyncapi-\w+\.yaml:\d+:\d+ {2}error .*action/);
    expect(problems.at(-1)).toMatch(/is not a valid AsyncAPI document/);
  });

  it("reports a valid but edited asyncapi.yaml as stale generated code", async () => {
    const problems = await specProblems(
      await specWith((t) => t.replace("version: 1.0.0", "version: 1.0.1")),
    );
    expect(problems).toEqual([expect.stringMatching(/generated\/ is stale.*npm run generate/)]);
  });

  it("says which file it cannot read", async () => {
    expect(await specProblems(path.join(dir, "missing.yaml"))).toEqual([
      expect.stringMatching(/cannot read .*missing\.yaml/),
    ]);
  });
});
