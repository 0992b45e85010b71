// HTML protocol docs: asyncapi.yaml -> one offline HTML page.
//
//   load-spec      (codegen's) asyncapi.yaml -> document; SpecError with file:line:col lines
//   render-markup  document -> server-rendered React markup
//   read-assets    standalone bundle + stylesheet from node_modules
//   build-page     everything inline, plus the hydrate call
//   write-atomic   temp file + rename
import { resolve } from "node:path";
import { stringify } from "@asyncapi/parser";
import { loadSpec } from "../codegen/load-spec.ts";
import { DOCS_CONFIG, renderMarkup } from "./render-markup.ts";
import { readAssets } from "./read-assets.ts";
import { buildPage } from "./build-page.ts";
import { writeAtomic } from "./write-atomic.ts";

export interface RenderDocsOptions {
  specPath: string;
  outFile: string;
}

export interface RenderDocsResult {
  /** Absolute path of the written page. */
  outFile: string;
  bytes: number;
  ms: number;
}

/**
 * Render the AsyncAPI contract to one self-contained HTML file.
 * Throws (and writes nothing) when the spec has errors.
 *
 * @example
 * const { outFile, bytes } = await renderDocs({ specPath: "asyncapi.yaml", outFile: "docs/index.html" });
 */
export async function renderDocs(options: RenderDocsOptions): Promise<RenderDocsResult> {
  const started = performance.now();
  const outFile = resolve(options.outFile);
  const [{ document }, assets] = await Promise.all([loadSpec(options.specPath), readAssets()]);
  // stringify() keeps shared and circular sub-schemas intact (plain JSON.stringify
  // would duplicate or throw); the component unstringifies it in the browser.
  const schema = stringify(document);
  if (schema === undefined)
    throw new Error(`${options.specPath}: the parsed document could not be serialised`);
  const info = document.info();
  const html = buildPage({
    title: `${info.title()} ${info.version()}`,
    markup: renderMarkup(schema, DOCS_CONFIG),
    schema,
    config: DOCS_CONFIG,
    assets,
  });
  const bytes = await writeAtomic(outFile, html);
  return { outFile, bytes, ms: Math.round(performance.now() - started) };
}
