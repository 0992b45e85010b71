// --reporter markdown: a pull-request comment. A heading with the verdict, a table of the
// changes that need a person, and the non-breaking ones folded away.
import type { Change } from "./model.ts";
import type { DiffOutcome } from "./outcome.ts";
import { brief, byImportance, countLine } from "./report-order.ts";

const ICON = {
  breaking: "🔴 breaking",
  undecided: "🟡 undecided",
  "non-breaking": "🟢 non-breaking",
};
const ARROW = {
  "client-to-server": "client → server",
  "server-to-client": "server → client",
  handshake: "handshake",
};

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function table(changes: Change[]): string[] {
  return [
    "| verdict | event | direction | path | change | old | new |",
    "|---|---|---|---|---|---|---|",
    ...changes.map(
      (c) =>
        `| ${ICON[c.kind]} | \`${cell(c.event)}\` | ${ARROW[c.direction]} | \`${cell(c.path)}\` | ${cell(c.message)} | \`${cell(brief(c.old))}\` | \`${cell(brief(c.new))}\` |`,
    ),
  ];
}

export function renderMarkdown(outcome: DiffOutcome): string {
  const changes = byImportance(outcome.report.changes);
  const needsReview = changes.filter((c) => c.kind !== "non-breaking");
  const fine = changes.filter((c) => c.kind === "non-breaking");
  const heading =
    needsReview.length === 0
      ? "### ✅ Contract diff: nothing breaking"
      : outcome.exitCode === 0
        ? "### ⚠️ Contract diff: breaking changes, with a major version bump"
        : "### ❌ Contract diff: breaking changes";
  const lines = [
    heading,
    "",
    `\`${outcome.oldName}\` (${outcome.oldVersion}) → \`${outcome.newName}\` (${outcome.newVersion}): ${countLine(changes)}.`,
  ];
  if (outcome.bump) lines.push("", `**${outcome.bump.reason}.**`);
  if (needsReview.length > 0) lines.push("", ...table(needsReview));
  if (fine.length > 0) {
    lines.push(
      "",
      `<details><summary>${fine.length} non-breaking change(s)</summary>`,
      "",
      ...table(fine),
      "",
      "</details>",
    );
  }
  lines.push(
    "",
    "<sub>`chat-contract diff`: client → server payloads break when the server would reject one it accepted; server → client payloads break when clients would receive one the old schema rejected.</sub>",
  );
  return lines.join("\n");
}
