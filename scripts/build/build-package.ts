// `npm run build` (also `prepare`, so `npm ci` and `npm pack` run it): the published
// JavaScript in dist/.
//
//   1. remove dist/src, dist/scripts, dist/generated (no file of a deleted source survives)
//   2. tsc -p tsconfig.build.json: src/, scripts/codegen, scripts/docs, generated/ -> .js + .d.ts
//   3. copy generated/*.js and scripts/codegen/runtime/*.js with their .d.ts: plain
//      JavaScript already (ajv standalone code; the runtime pieces codegen copies into
//      it), so tsc does not compile them
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, readdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist");

async function build(): Promise<void> {
  const started = Date.now();
  for (const part of ["src", "scripts", "generated"]) {
    await rm(path.join(DIST, part), { recursive: true, force: true });
  }
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.build.json")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (run.status !== 0) {
    throw new Error(`tsc -p tsconfig.build.json failed (exit ${run.status}); dist/ is incomplete`);
  }
  let copied = 0;
  for (const dir of ["generated", "scripts/codegen/runtime"]) copied += await copyJavaScript(dir);
  console.log(
    `build: dist/ compiled from src/, scripts/, generated/ (+${copied} generated .js) in ${Date.now() - started} ms`,
  );
}

/** Copies `dir`'s .js files and their .d.ts into dist/ at the same place. */
async function copyJavaScript(dir: string): Promise<number> {
  const from = path.join(ROOT, dir);
  const to = path.join(DIST, dir);
  await mkdir(to, { recursive: true });
  const files = (await readdir(from)).filter((f) => f.endsWith(".js"));
  for (const file of files) {
    await copyFile(path.join(from, file), path.join(to, file));
    const types = file.replace(/\.js$/, ".d.ts");
    await copyFile(path.join(from, types), path.join(to, types));
  }
  return files.length;
}

build().catch((error: unknown) => {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
