// `docs` run from another project writes into that project (the working directory), not
// into the installed package.
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { requireFreshDist, ROOT, runProcess, succeeded } from "./processes.ts";

let cwd: string;
beforeAll(async () => {
  requireFreshDist();
  cwd = await mkdtemp(path.join(os.tmpdir(), "chat-contract-docs-cwd-"));
});
afterAll(async () => {
  if (cwd !== undefined) await rm(cwd, { recursive: true, force: true });
});

it("chat-contract docs writes docs/index.html under the working directory", async () => {
  const run = succeeded(
    await runProcess(process.execPath, [path.join(ROOT, "bin", "chat-contract.js"), "docs"], {
      cwd,
      timeoutMs: 60_000,
    }),
    "chat-contract docs",
  );
  expect(run.out).toMatch(/^wrote docs\/index\.html \(\d+ KiB, \d+ ms\)/);
  expect((await stat(path.join(cwd, "docs", "index.html"))).size).toBeGreaterThan(100_000);
}, 70_000);
