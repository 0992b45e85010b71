// Is dist/ built from the current sources? The package tests and the install benchmark
// pack dist/ as it is (rebuilding it would pull it from under other tests running
// bin/chat-contract.js at the same time), so they check first.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** What tsconfig.build.json compiles, relative to the project root. */
const COMPILED = ["src", "scripts/codegen", "scripts/docs", "generated"];

/** Sources newer than their compiled file in dist/, or without one. */
export function staleDistFiles(root: string): string[] {
  const stale: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        const built = path.join(root, "dist", rel.replace(/\.ts$/, ".js"));
        const source = path.join(root, rel);
        if (!existsSync(built) || statSync(built).mtimeMs < statSync(source).mtimeMs) {
          stale.push(rel);
        }
      }
    }
  };
  COMPILED.forEach(walk);
  return stale;
}

/** Throws, naming the stale sources, unless dist/ was built from the current sources. */
export function requireFreshDist(root: string): void {
  const stale = staleDistFiles(root);
  if (stale.length > 0) {
    throw new Error(`dist/ is older than ${stale.slice(0, 5).join(", ")}: run \`npm run build\``);
  }
}
