// Benchmark 4: wall time of `npm run generate` and `npm run docs`, as a person runs them.
//
// Each command runs as its own process, through npm, writing into a temporary directory
// (so a benchmark never rewrites the checked-in outputs under someone's feet). The baseline
// is the same npm script asked for --help: npm, node, the tsx loader and the CLI's imports,
// but no work. Rounds alternate the three commands.
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT, SPEC_PATH } from "../src/contract/index.ts";
import { compared, type BenchResult } from "./lib/figure.ts";
import { timeSuccessfulProcess } from "./lib/process.ts";
import { median } from "./lib/stats.ts";
import { alternate } from "./lib/timer.ts";

export interface CodegenDocsOptions {
  /** Runs of each command; the figure is the median. */
  runs?: number;
  timeoutMs?: number;
}

export const CODEGEN_DOCS_DEFAULTS = { runs: 3, timeoutMs: 60_000 };

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

export async function runCodegenDocs(options: CodegenDocsOptions = {}): Promise<BenchResult> {
  const config = { ...CODEGEN_DOCS_DEFAULTS, ...options };
  const tmp = await mkdtemp(path.join(os.tmpdir(), "chat-contract-bench-"));
  try {
    const docsFile = path.join(tmp, "docs", "index.html");
    const npmRun = (script: string, args: string[]) => async () =>
      (
        await timeSuccessfulProcess(NPM, ["run", "--silent", script, "--", ...args], {
          cwd: PROJECT_ROOT,
          timeoutMs: config.timeoutMs,
        })
      ).wallMs;
    const samples = await alternate(
      [
        { name: "help", run: npmRun("generate", ["--help"]) },
        { name: "generate", run: npmRun("generate", ["--root", tmp, "--spec", SPEC_PATH]) },
        { name: "docs", run: npmRun("docs", ["--spec", SPEC_PATH, "--out", docsFile]) },
      ],
      config.runs,
    );
    // The commands must have produced their outputs, or the times mean nothing.
    await stat(path.join(tmp, "generated", "validators.js"));
    const docsBytes = (await stat(docsFile)).size;

    const baseline = {
      label: "the same npm script with --help (start-up, no work)",
      value: median(samples["help"]!),
    };
    return {
      name: "codegen-docs",
      title: "Codegen and docs",
      config,
      figures: [
        compared(
          {
            id: "codegen.generate",
            label: "npm run generate (wall time)",
            value: median(samples["generate"]!),
            unit: "ms",
          },
          baseline,
        ),
        compared(
          {
            id: "docs.render",
            label: "npm run docs (wall time)",
            value: median(samples["docs"]!),
            unit: "ms",
          },
          baseline,
        ),
        {
          id: "codegen.startup",
          label: "npm run generate -- --help (wall time)",
          value: baseline.value,
          unit: "ms",
        },
      ],
      notes: [
        `Median of ${config.runs} runs each, alternating, as separate processes through npm; outputs go to a temporary directory (--root, --out).`,
        `generate writes schemas/ and generated/ (parse of asyncapi.yaml, types, event maps, catalogue, ajv standalone code); docs writes one ${Math.round(docsBytes / 1024)} KiB HTML page.`,
        "The ratio is to start-up alone: how much of the wait is the work itself.",
      ],
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
