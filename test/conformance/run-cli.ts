// Runs the chat-contract CLI in-process (fast) or as a real process (exit codes as CI sees them).
import { spawn } from "node:child_process";
import path from "node:path";
import type { CheckResult, Failure, RunReport } from "../../src/conformance/index.ts";
import { PROJECT_ROOT } from "../../src/contract/index.ts";

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

type WithViolations = Omit<CheckResult, "failures"> & { violations: Failure[] };

/** The --reporter json document. */
export type JsonReport = Omit<RunReport, "checks" | "scenarios"> & {
  checks: WithViolations[];
  scenarios: WithViolations[];
};

export async function runCli(argv: string[]): Promise<CliResult> {
  // Loaded on use: the CLI pulls in every command (codegen, docs), which a run against
  // CONFORMANCE_URL, where these tests skip, does not need.
  const { main } = await import("../../src/cli.ts");
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export async function runCliJson(
  argv: string[],
): Promise<{ code: number; report: JsonReport; err: string }> {
  const { code, out, err } = await runCli([...argv, "--reporter", "json"]);
  return { code, report: JSON.parse(out) as JsonReport, err };
}

export function spawnCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(PROJECT_ROOT, "bin/chat-contract.js"), ...argv],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ...env },
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, out, err }));
  });
}

/** Every (event, check) pair the report blames, as "EVENT / check". */
export function blamed(report: JsonReport): Set<string> {
  return new Set(
    report.checks.flatMap((c) => c.violations.map((v) => `${v.event ?? "-"} / ${c.name}`)),
  );
}
