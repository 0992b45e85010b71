// Benchmark 6: what installing chat-contract costs a project that runs `test --url`, the
// guard or the validators: the packed tarball installed into an empty folder, counted.
// Baseline, in the same run: the same tarball with the optional peers that `generate` and
// `docs` need (the parser, json-schema-to-typescript, React and AsyncAPI's renderer),
// which was everyone's install before they became optional.
import { lstat, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { OPTIONAL_PEERS } from "../src/cli/optional-feature.ts";
import { PROJECT_ROOT } from "../src/contract/index.ts";
import { requireFreshDist } from "../scripts/build/dist-freshness.ts";
import { compared, type BenchResult } from "./lib/figure.ts";
import { timeSuccessfulProcess } from "./lib/process.ts";

export interface InstallSizeOptions {
  /** Also install the optional peers, for the baseline (about 250 more packages). */
  withBaseline?: boolean;
  timeoutMs?: number;
}

export const INSTALL_SIZE_DEFAULTS = { withBaseline: true, timeoutMs: 300_000 };

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const GOAL = { packages: 40, megabytes: 25 };

interface Installed {
  packages: number;
  bytes: number;
  ms: number;
}

/** Bytes of every file under `dir` (symlinks counted as links, not followed). */
async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await sizeOf(full) : (await lstat(full)).size;
  }
  return total;
}

async function install(dir: string, specs: string[], timeoutMs: number): Promise<Installed> {
  await writeFile(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "install-size", version: "1.0.0", private: true }),
  );
  const run = await timeSuccessfulProcess(NPM, ["install", "--no-audit", "--no-fund", ...specs], {
    cwd: dir,
    timeoutMs,
  });
  const ls = await timeSuccessfulProcess(NPM, ["ls", "--all", "--parseable"], {
    cwd: dir,
    timeoutMs,
  });
  // One line per installed package folder, the project itself first.
  const packages = new Set(ls.stdout.trim().split("\n").slice(1)).size;
  return { packages, bytes: await sizeOf(path.join(dir, "node_modules")), ms: run.wallMs };
}

export async function runInstallSize(options: InstallSizeOptions = {}): Promise<BenchResult> {
  const config = { ...INSTALL_SIZE_DEFAULTS, ...options };
  requireFreshDist(PROJECT_ROOT);
  const tmp = await mkdtemp(path.join(os.tmpdir(), "chat-contract-bench-install-"));
  try {
    const pack = await timeSuccessfulProcess(
      NPM,
      ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp],
      { cwd: PROJECT_ROOT, timeoutMs: config.timeoutMs },
    );
    const [info] = JSON.parse(pack.stdout) as {
      filename: string;
      entryCount: number;
      size: number;
    }[];
    const tarball = path.join(tmp, info!.filename);
    const lightDir = path.join(tmp, "light");
    const fullDir = path.join(tmp, "full");
    await Promise.all([mkdir(lightDir), mkdir(fullDir)]);
    const light = await install(lightDir, [tarball], config.timeoutMs);
    const full = config.withBaseline
      ? await install(
          fullDir,
          [tarball, ...Object.entries(OPTIONAL_PEERS).map(([name, v]) => `${name}@${v}`)],
          config.timeoutMs,
        )
      : undefined;
    const mb = (bytes: number) => bytes / 1e6;
    const packages = {
      id: "install.packages",
      label: "npm install <tarball>: packages installed",
      value: light.packages,
      unit: "packages",
      target: {
        text: `<= ${GOAL.packages}`,
        met: light.packages <= GOAL.packages,
        on: "value" as const,
      },
    };
    const size = {
      id: "install.size",
      label: "npm install <tarball>: node_modules size",
      value: mb(light.bytes),
      unit: "MB",
      target: {
        text: `<= ${GOAL.megabytes} MB`,
        met: mb(light.bytes) <= GOAL.megabytes,
        on: "value" as const,
      },
    };
    const baselineLabel = "the same tarball with the optional peers (generate, docs)";
    return {
      name: "install-size",
      title: "Install size for test --url",
      config,
      figures: [
        full ? compared(packages, { label: baselineLabel, value: full.packages }) : packages,
        full ? compared(size, { label: baselineLabel, value: mb(full.bytes) }) : size,
        {
          id: "install.tarball-files",
          label: "npm pack: files in the tarball",
          value: info!.entryCount,
          unit: "files",
        },
        {
          id: "install.tarball-size",
          label: "npm pack: tarball size",
          value: info!.size / 1e6,
          unit: "MB",
        },
      ],
      notes: [
        `npm pack of this checkout's dist/, then \`npm install <tarball>\` into an empty folder (${Math.round(light.ms)} ms here, npm's cache warm); packages are the folders \`npm ls --all --parseable\` lists, chat-contract included; size is the bytes of every file under node_modules (1 MB = 10^6 bytes).`,
        "What that install runs: test --url, serve, contractGuard, validateEvent and the exports; generate and docs print the npm install command for their optional peers.",
      ],
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
