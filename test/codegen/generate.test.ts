// `chat-contract generate`: deterministic, drift-checked, and all-or-nothing on bad input.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContractModel, renderOutputs } from "../../scripts/codegen/index.ts";
import { PROJECT_ROOT, SPEC_PATH } from "../../src/contract/index.ts";
import { runCli } from "./run-cli.ts";

const temps: string[] = [];
async function tempRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "chat-contract-gen-"));
  temps.push(dir);
  return dir;
}
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/** A copy of the project's committed outputs, to hand-edit without touching the checkout. */
async function copyOfCommittedOutputs(): Promise<string> {
  const root = await tempRoot();
  await cp(path.join(PROJECT_ROOT, "schemas"), path.join(root, "schemas"), { recursive: true });
  await cp(path.join(PROJECT_ROOT, "generated"), path.join(root, "generated"), { recursive: true });
  return root;
}

describe("chat-contract generate", () => {
  it("writes byte-identical outputs on two runs and never changes asyncapi.yaml", async () => {
    const specBefore = await readFile(SPEC_PATH, "utf8");
    const [a, b] = [await tempRoot(), await tempRoot()];
    expect((await runCli(["generate", "--root", a, "--spec", SPEC_PATH])).code).toBe(0);
    expect((await runCli(["generate", "--root", b, "--spec", SPEC_PATH])).code).toBe(0);
    const files = await listFiles(a);
    expect(files).toEqual(await listFiles(b));
    expect(files).toContain("schemas/MESSAGE_SENT.json");
    expect(files).toContain("generated/validators.js");
    for (const file of files) {
      expect(await readFile(path.join(a, file), "utf8"), file).toBe(
        await readFile(path.join(b, file), "utf8"),
      );
    }
    expect(await readFile(SPEC_PATH, "utf8")).toBe(specBefore);
  });

  it("does not mutate the contract model while rendering", async () => {
    const { model } = await loadContractModel(SPEC_PATH);
    const before = structuredClone(model);
    const first = await renderOutputs(model);
    expect(model).toEqual(before);
    expect(await renderOutputs(model)).toEqual(first);
  });

  it("puts a banner naming asyncapi.yaml and the regenerate command on every file", async () => {
    const { model } = await loadContractModel(SPEC_PATH);
    for (const output of await renderOutputs(model)) {
      const head = output.content.slice(0, 400);
      expect(head, output.path).toContain("GENERATED from asyncapi.yaml by `npm run generate`");
    }
  });

  it("--check passes on the committed outputs", async () => {
    const run = await runCli(["generate", "--check"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("--check exits 1 naming a hand-edited schema, a deleted file and a stray file, and writes nothing", async () => {
    const root = await copyOfCommittedOutputs();
    const edited = path.join(root, "schemas", "MESSAGE_SENT.json");
    const tampered = (await readFile(edited, "utf8")).replace(
      '"maxLength": 4000',
      '"maxLength": 5000',
    );
    await writeFile(edited, tampered);
    await rm(path.join(root, "generated", "event-maps.ts"));
    await writeFile(path.join(root, "schemas", "OLD_EVENT.json"), "{}\n");
    const before = await listFiles(root);

    const run = await runCli(["generate", "--check", "--root", root, "--spec", SPEC_PATH]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("stale: schemas/MESSAGE_SENT.json (differs)");
    expect(run.stderr).toContain("stale: generated/event-maps.ts (missing)");
    expect(run.stderr).toContain("stale: schemas/OLD_EVENT.json (not generated)");
    expect(await listFiles(root)).toEqual(before);
    expect(await readFile(edited, "utf8")).toBe(tampered);
  });

  it("regenerating removes a file that nothing produces any more", async () => {
    const root = await copyOfCommittedOutputs();
    await writeFile(path.join(root, "schemas", "OLD_EVENT.json"), "{}\n");
    const run = await runCli(["generate", "--root", root, "--spec", SPEC_PATH]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("removed schemas/OLD_EVENT.json");
    expect((await runCli(["generate", "--check", "--root", root, "--spec", SPEC_PATH])).code).toBe(
      0,
    );
  });
});

describe("chat-contract generate on a bad asyncapi.yaml", () => {
  async function badSpec(edit: (text: string) => string): Promise<{ root: string; spec: string }> {
    const root = await copyOfCommittedOutputs();
    const spec = path.join(root, "asyncapi.yaml");
    await writeFile(spec, edit(await readFile(SPEC_PATH, "utf8")));
    return { root, spec };
  }

  async function snapshot(root: string): Promise<Record<string, string>> {
    const files = await listFiles(root);
    return Object.fromEntries(
      await Promise.all(files.map(async (f) => [f, await readFile(path.join(root, f), "utf8")])),
    );
  }

  it("reports a YAML syntax error at its 1-based line and column and writes nothing", async () => {
    // Break the indentation of `title:` under info (line 3 of the file).
    const { root, spec } = await badSpec((t) =>
      t.replace("info:\n  title:", "info:\n title:\n  bad: [\n"),
    );
    const before = await snapshot(root);
    const run = await runCli(["generate", "--root", root, "--spec", spec]);
    expect(run.code).toBe(2);
    // The first line is the cause, the syntax error, at the end of the unclosed `[` (1-based).
    expect(run.stderr.split("\n")[0]).toMatch(
      /asyncapi\.yaml:\d+:\d+ {2}error .*(flow|YAML|Unexpected|indent)/i,
    );
    expect(run.stderr).toContain("nothing was written");
    expect(await snapshot(root)).toEqual(before);
  });

  it("points at the exact line of an invalid operation action, 1-based", async () => {
    const original = await readFile(SPEC_PATH, "utf8");
    const index = original.split("\n").findIndex((l) => l === "    action: send");
    const { root, spec } = await badSpec((t) =>
      t.replace("    action: send", "    action: publish"),
    );
    const before = await snapshot(root);
    const run = await runCli(["generate", "--root", root, "--spec", spec]);
    expect(run.code).toBe(2);
    // The parser reports the value's position: line index+1, column after "action: ".
    expect(run.stderr).toContain(`asyncapi.yaml:${index + 1}:13  error`);
    expect(await snapshot(root)).toEqual(before);
  });

  it("says which file it cannot read", async () => {
    const run = await runCli(["generate", "--check", "--spec", "/nonexistent/asyncapi.yaml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read/);
  });

  it("rejects an unknown option with exit code 2 and a pointer to --help", async () => {
    const run = await runCli(["generate", "--frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--help");
  });
});
