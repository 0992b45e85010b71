// `chat-contract diff` end to end, in-process: exit codes, the JSON shape, markdown, --base
// from a real git repository, --output, --require-major-bump, and diagnostics for bad input.
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDiffCorpus } from "../../bench/diff-accuracy.ts";
import { runCli } from "../codegen/run-cli.ts";

const corpus = await loadDiffCorpus();
const pair = (name: string) => corpus.find((p) => p.name === name)!;
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "chat-contract-diff-"));
  await writeFile(file("base.yaml"), pair("info-version-bump-only").oldText);
  await writeFile(file("required.yaml"), pair("c2s-new-required-field").newText);
  await writeFile(file("pattern.yaml"), pair("pattern-changed-is-undecided").newText);
  await writeFile(file("added.yaml"), pair("new-event-is-non-breaking").newText);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("chat-contract diff", () => {
  it("reports nothing and exits 0 for the contract against itself", async () => {
    const run = await runCli(["diff", "asyncapi.yaml", "asyncapi.yaml", "--reporter", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ breaking: 0, changes: [] });
  });

  it("exits 1 on a new required client-to-server field, with the JSON shape of the issue", async () => {
    const run = await runCli([
      "diff",
      file("base.yaml"),
      file("required.yaml"),
      "--reporter",
      "json",
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["breaking", "changes"]);
    expect(report.breaking).toBe(1);
    const keys = ["kind", "event", "direction", "path", "message", "old", "new"];
    for (const change of report.changes) expect(Object.keys(change)).toEqual(keys);
    expect(report.changes[0]).toEqual({
      kind: "breaking",
      event: "MESSAGE_SENT",
      direction: "client-to-server",
      path: "/required",
      message: expect.stringContaining('"channelId" is now required'),
      old: ["userId", "message", "timestamp"],
      new: ["userId", "message", "timestamp", "channelId"],
    });
  });

  it("exits 1 on a change it cannot decide, even with nothing breaking", async () => {
    const run = await runCli(["diff", file("base.yaml"), file("pattern.yaml")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "UNDECIDED FILE_UPLOADED client-to-server /properties/fileName/pattern",
    );
    expect(run.stdout).toContain("0 breaking, 2 undecided, 0 non-breaking");
  });

  it("exits 0 for a new event and lists it as non-breaking", async () => {
    const run = await runCli(["diff", file("base.yaml"), file("added.yaml")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ok        TYPING client-to-server /");
  });

  it("writes a markdown pull-request comment to --output", async () => {
    const out = file("reports/diff.md");
    const args = ["diff", file("base.yaml"), file("required.yaml"), "--reporter", "markdown"];
    const run = await runCli([...args, "--output", out]);
    expect(run.code).toBe(1);
    const markdown = await readFile(out, "utf8");
    expect(markdown).toMatch(/^### ❌ Contract diff: breaking changes/);
    expect(markdown).toContain("| 🔴 breaking | `MESSAGE_SENT` | client → server | `/required` |");
    expect(markdown).toContain("<details><summary>1 non-breaking change(s)</summary>");
  });

  it("with --require-major-bump, refuses a breaking change without a new major version", async () => {
    const args = ["diff", file("base.yaml"), file("required.yaml"), "--require-major-bump"];
    const refused = await runCli(args);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      "need a major bump of info.version, but it went 1.0.0 -> 1.0.0",
    );
    const bumped = (await readFile(file("required.yaml"), "utf8")).replace(
      /^  version: 1\.0\.0$/m,
      "  version: 2.0.0",
    );
    await writeFile(file("required-v2.yaml"), bumped);
    const accepted = await runCli([...args.slice(0, 2), file("required-v2.yaml"), args[3]!]);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain("1.0.0 -> 2.0.0 is a major bump");
  });

  it("reads OLD from git with --base", async () => {
    const repo = file("repo");
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], {
        cwd: repo,
      });
    execFileSync("git", ["init", "-q", repo]);
    await writeFile(path.join(repo, "asyncapi.yaml"), pair("info-version-bump-only").oldText);
    git("add", "asyncapi.yaml");
    git("commit", "-qm", "contract");
    await writeFile(path.join(repo, "asyncapi.yaml"), pair("s2c-event-renamed").newText);
    const run = await runCli(["diff", "--base", "HEAD", path.join(repo, "asyncapi.yaml")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("chat-contract diff HEAD:asyncapi.yaml ->");
    expect(run.stdout).toContain("renamed to MESSAGE_DELIVERED");
    const missing = await runCli([
      "diff",
      "--base",
      "no-such-ref",
      path.join(repo, "asyncapi.yaml"),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no-such-ref:./asyncapi.yaml: cannot read it from git");
  });

  it("exits 2 with file:line:col diagnostics for an invalid document", async () => {
    const broken = pair("info-version-bump-only").oldText.replace(/^  version: 1\.0\.0\n/m, "");
    await writeFile(file("broken.yaml"), broken);
    const run = await runCli(["diff", file("base.yaml"), file("broken.yaml")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.yaml:\d+:\d+ {2}error .*version/);
    expect(run.stderr).toContain("nothing compared");
    const missing = await runCli(["diff", file("base.yaml"), file("no-such.yaml")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such\.yaml: cannot read: ENOENT/);
  });

  it("exits 2 on bad arguments", async () => {
    expect((await runCli(["diff"])).code).toBe(2);
    expect((await runCli(["diff", "a.yaml", "b.yaml", "c.yaml"])).code).toBe(2);
    expect((await runCli(["diff", "--base", "HEAD", "a.yaml", "b.yaml"])).code).toBe(2);
    const reporter = await runCli(["diff", "a.yaml", "--reporter", "xml"]);
    expect(reporter.code).toBe(2);
    expect(reporter.stderr).toContain("--reporter must be one of console, json, markdown");
    const unwritable = path.join(file("base.yaml"), "report.md"); // under a file, not a folder
    const output = await runCli(["diff", file("base.yaml"), "--output", unwritable]);
    expect(output.code).toBe(2);
    expect(output.stderr).toMatch(/^diff: --output .*report\.md: cannot write there/);
  });
});
