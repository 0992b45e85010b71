// Text inlined into <script>/<style> must not end the element early. In script
// data, `</script` closes the tag and `<!--` followed by `<script` switches the
// tokenizer to "double escaped" state where `</script>` no longer closes it
// (https://html.spec.whatwg.org/multipage/parsing.html#script-data-escaped-state).
// The react-component bundle itself contains both `<!--` (in a regex) and
// `<script` (in a string).

/**
 * `\x3C` is `<` in JS string, template and regex literals alike, so swapping it
 * in keeps the bundle's meaning while hiding the sequences from the HTML parser.
 */
export function escapeInlineScript(js: string): string {
  return js.replace(/<(\/script|!--|script)/gi, "\\x3C$1");
}

/**
 * JSON as a JS expression: `<` only occurs inside JSON strings, where `\u003c`
 * means the same. U+2028/2029 are escaped for engines older than ES2019.
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function escapeInlineStyle(css: string): string {
  return css.replace(/<\/style/gi, "<\\/style");
}

export function escapeHtmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
