// Just enough XML 1.0 to prove a document well formed: one root, balanced tags, quoted
// attributes, escaped text, no forbidden characters. Returns the problems found.

const NAME = "[A-Za-z_][\\w.:-]*";
const ATTRIBUTE = new RegExp(`\\s+${NAME}\\s*=\\s*"[^"<]*"`, "y");
const ENTITY = /&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function checkText(text: string, at: number, problems: string[]): void {
  for (let i = text.indexOf("&"); i !== -1; i = text.indexOf("&", i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text)) problems.push(`unescaped & at ${at + i}`);
  }
}

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (FORBIDDEN.test(xml)) problems.push("a character XML 1.0 forbids");
  const stack: string[] = [];
  let roots = 0;
  let i = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== "") problems.push(`text outside the root at ${i}`);
    checkText(text, i, problems);
    if (lt === -1) break;
    const close = xml.slice(lt).match(new RegExp(`^</(${NAME})\\s*>`));
    if (close !== null) {
      const open = stack.pop();
      if (open !== close[1]) problems.push(`</${close[1]}> closes <${open ?? "nothing"}> at ${lt}`);
      i = lt + close[0].length;
      continue;
    }
    const start = xml.slice(lt).match(new RegExp(`^<(${NAME})`));
    if (start === null) {
      problems.push(`malformed tag at ${lt}`);
      break;
    }
    let j = lt + start[0].length;
    ATTRIBUTE.lastIndex = j;
    for (let m = ATTRIBUTE.exec(xml); m !== null; m = ATTRIBUTE.exec(xml)) {
      checkText(m[0], j, problems);
      j = ATTRIBUTE.lastIndex;
    }
    const end = xml.slice(j).match(/^\s*(\/?)>/);
    if (end === null) {
      problems.push(`malformed attributes in <${start[1]}> at ${lt}`);
      break;
    }
    if (stack.length === 0) roots += 1;
    if (end[1] !== "/") stack.push(start[1]!);
    i = j + end[0].length;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join("> <")}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
