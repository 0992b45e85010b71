// `npm run build:standalone`: the CLI for people whose server is not written in
// JavaScript, with nothing to install.
//
//   dist/standalone/chat-contract.mjs   one ES module, every dependency inside: `node chat-contract.mjs test --url ...`
//   dist/standalone/chat-contract       a single executable application (Node 20's SEA): no Node needed
//
// esbuild bundles src/cli.ts. A few modules read files that sit beside the package (schemas/,
// asyncapi.yaml, package.json) or load the codegen and docs stacks; `standalone-modules.ts`
// swaps them for self-contained stand-ins. The executable is Node's own binary with the
// CommonJS flavour of the bundle injected (postject), as Node 20's SEA runs one CommonJS script.
import { spawnSync } from "node:child_process";
import { chmod, copyFile, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Metafile } from "esbuild";
import { standaloneModules } from "./standalone-modules.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** `--out DIR` (the tests build into a temporary folder); default dist/standalone. */
function outDir(argv: string[]): string {
  const at = argv.indexOf("--out");
  if (at === -1) return path.join(ROOT, "dist", "standalone");
  const dir = argv[at + 1];
  if (dir === undefined) throw new Error("--out needs a folder");
  return path.resolve(dir);
}
const require = createRequire(import.meta.url);

// The entry point without top-level await, so the same code bundles as CommonJS.
const ENTRY = `import { main } from "./src/cli.ts";
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });`;

function commonOptions(): BuildOptions {
  return {
    stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: "standalone-entry.ts", loader: "ts" },
    bundle: true,
    platform: "node",
    target: "node20",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    plugins: [standaloneModules(ROOT)],
  };
}

/**
 * The codegen and docs stacks stay out of the single file (they are ~100 MB installed).
 * A new import path into them (say, a command that loads the parser) fails the build here,
 * naming the module to give a stand-in in standalone-modules.ts.
 */
const LEFT_OUT = /node_modules\/(@asyncapi\/|react\/|react-dom\/|json-schema-to-typescript\/)/;

function checkLeftOut(metafile: Metafile): void {
  const pulled = Object.keys(metafile.inputs).filter((file) => LEFT_OUT.test(file));
  if (pulled.length === 0) return;
  // The project's own modules that import into those stacks: where a stand-in goes.
  const gateways = Object.entries(metafile.inputs)
    .filter(([file]) => !file.includes("node_modules/"))
    .filter(([, input]) => input.imports.some((i) => LEFT_OUT.test(i.path)))
    .map(([file]) => file);
  throw new Error(
    `the single file would bundle ${pulled.length} module(s) of the codegen/docs stacks (e.g. ${pulled[0]}), imported by ${gateways.join(", ")}; give the module of this project that loads them a stand-in in scripts/build/standalone-modules.ts`,
  );
}

async function bundleModule(outfile: string): Promise<void> {
  const result = await build({
    ...commonOptions(),
    format: "esm",
    metafile: true,
    outfile,
    // CommonJS dependencies (socket.io, ajv) call require() for Node's built-in modules.
    banner: {
      js: `#!/usr/bin/env node\nimport { createRequire as __ccCreateRequire } from "node:module";\nconst require = __ccCreateRequire(import.meta.url);`,
    },
  });
  checkLeftOut(result.metafile);
}

async function bundleCommonJs(outfile: string): Promise<void> {
  await build({
    ...commonOptions(),
    format: "cjs",
    outfile,
    // import.meta does not exist in CommonJS; the code only turns its url into a path.
    define: { "import.meta.url": "__ccModuleUrl" },
    banner: { js: `const __ccModuleUrl = require("node:url").pathToFileURL(__filename).href;` },
  });
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} ${args.join(" ")} failed (exit ${result.status}):\n${result.stderr}${result.stdout}`,
    );
  }
}

/** Node 20's recipe: the CommonJS bundle, a preparation blob from it, injected into a copy of node. */
async function buildExecutable(output: string): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "chat-contract-sea-"));
  try {
    const script = path.join(work, "chat-contract.cjs");
    await bundleCommonJs(script);
    const blob = path.join(work, "sea-prep.blob");
    const config = path.join(work, "sea-config.json");
    await writeFile(
      config,
      JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true }),
    );
    run(process.execPath, ["--experimental-sea-config", config], work);
    await copyFile(process.execPath, output);
    await chmod(output, 0o755);
    const postject = require.resolve("postject/dist/cli.js");
    run(
      process.execPath,
      [
        postject,
        output,
        "NODE_SEA_BLOB",
        blob,
        "--sentinel-fuse",
        "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2",
      ],
      work,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function size(file: string): Promise<string> {
  return `${((await stat(file)).size / 1024 / 1024).toFixed(1)} MiB`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const dir = outDir(process.argv.slice(2));
  await mkdir(dir, { recursive: true });
  const mjs = path.join(dir, "chat-contract.mjs");
  const exe = path.join(dir, "chat-contract");
  await bundleModule(mjs);
  await chmod(mjs, 0o755);
  await buildExecutable(exe);
  console.log(
    `build:standalone: ${mjs} (${await size(mjs)}), ${exe} (${await size(exe)}) in ${Date.now() - started} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(`build:standalone: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
