// The browser bundle and stylesheet shipped inside @asyncapi/react-component,
// read from node_modules so the page needs no CDN (it must work offline).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface DocsAssets {
  /** UMD bundle that defines `window.AsyncApiStandalone` (no parser inside). */
  script: string;
  css: string;
}

const require = createRequire(import.meta.url);

export async function readAssets(): Promise<DocsAssets> {
  // The package has no "exports" map, so its package.json locates the root.
  const root = dirname(require.resolve("@asyncapi/react-component/package.json"));
  const [script, css] = await Promise.all([
    readFile(join(root, "browser/standalone/without-parser.js"), "utf8"),
    readFile(join(root, "styles/default.min.css"), "utf8"),
  ]);
  return { script, css };
}
