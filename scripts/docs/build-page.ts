// Phase 3: assemble one self-contained HTML file: styles, server markup, the
// standalone bundle, the document and the hydrate call, all inline.
import type { ConfigInterface } from "@asyncapi/react-component";
import type { DocsAssets } from "./read-assets.ts";
import {
  escapeHtmlText,
  escapeInlineScript,
  escapeInlineStyle,
  toScriptJson,
} from "./escape-inline.ts";

export interface PageParts {
  title: string;
  markup: string;
  /** The parser's stringified document, exactly as used for `markup`. */
  schema: string;
  config: Partial<ConfigInterface>;
  assets: DocsAssets;
}

export const ROOT_ID = "root";

export function buildPage(parts: PageParts): string {
  const { title, markup, schema, config, assets } = parts;
  // The hydrate call runs after the bundle (same order in the body), so
  // window.AsyncApiStandalone exists; `schema` is the same string the server
  // rendered, so hydration attaches to the markup instead of re-rendering it.
  const hydrate =
    `AsyncApiStandalone.hydrate({ schema: ${toScriptJson(schema)}, config: ${toScriptJson(config)} },` +
    ` document.getElementById(${toScriptJson(ROOT_ID)}));`;
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtmlText(title)}</title>`,
    `<style>${escapeInlineStyle(assets.css)}</style>`,
    "</head>",
    "<body>",
    `<div id="${ROOT_ID}">${markup}</div>`,
    `<script>${escapeInlineScript(assets.script)}</script>`,
    `<script>${hydrate}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
