// Every relative link in every committed Markdown file must resolve inside a fresh clone:
// the target exists, is committed (not ignored or generated on demand), and does not
// leave the repository. Anchors (#section) of links to other .md files are checked too.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/contract/index.ts";

function committedFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  return out.split("\0").filter((f) => f !== "");
}

interface Link {
  file: string;
  line: number;
  target: string;
}

const INLINE_LINK = /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/;

/** Links outside fenced code blocks and inline code, with their 1-based line numbers. */
function linksIn(file: string, text: string): Link[] {
  const links: Link[] = [];
  let fenced = false;
  text.split("\n").forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced) return;
    const line = raw.replace(/`[^`]*`/g, "");
    for (const match of line.matchAll(INLINE_LINK)) {
      links.push({ file, line: index + 1, target: match[1]! });
    }
    const reference = REFERENCE_DEFINITION.exec(line);
    if (reference) links.push({ file, line: index + 1, target: reference[1]! });
  });
  return links;
}

function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target);
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    anchors.add(slug);
  }
  return anchors;
}

/** What is wrong with one link, or undefined when it resolves. */
function problemWith(link: Link, committed: Set<string>): string | undefined {
  const [pathPart, anchor] = link.target.split("#", 2) as [string, string | undefined];
  const where = `${link.file}:${link.line}: ${link.target}`;
  const resolved =
    pathPart === ""
      ? link.file
      : path.posix.join(path.posix.dirname(link.file), decodeURI(pathPart));
  const normalised = path.posix.normalize(resolved).replace(/\/$/, "");
  if (normalised === ".." || normalised.startsWith("../") || path.posix.isAbsolute(normalised)) {
    return `${where} leaves the repository`;
  }
  const isCommittedFile = committed.has(normalised);
  const isCommittedDir = [...committed].some((f) => f.startsWith(`${normalised}/`));
  if (!isCommittedFile && !isCommittedDir) {
    return existsSync(path.join(PROJECT_ROOT, normalised))
      ? `${where} exists here but is not committed (a fresh clone lacks it)`
      : `${where} does not exist`;
  }
  if (anchor !== undefined && anchor !== "" && normalised.endsWith(".md")) {
    const anchors = anchorsOf(readFileSync(path.join(PROJECT_ROOT, normalised), "utf8"));
    if (!anchors.has(anchor)) return `${where}: no heading #${anchor} in ${normalised}`;
  }
  return undefined;
}

describe("links in the Markdown files", () => {
  const committed = new Set(committedFiles());
  const markdown = [...committed].filter((f) => f.endsWith(".md"));

  it("finds the committed Markdown files, the protocol guide among them", () => {
    expect(markdown).toContain("README.md");
    expect(markdown).toContain("docs/protocol.md");
  });

  it("resolves every relative link inside the repository, anchors included", () => {
    const problems = markdown.flatMap((file) =>
      linksIn(file, readFileSync(path.join(PROJECT_ROOT, file), "utf8"))
        .filter((link) => !isExternal(link.target))
        .map((link) => problemWith(link, committed))
        .filter((problem) => problem !== undefined),
    );
    expect(problems).toEqual([]);
  });

  it("has no file that points at the workspace outside the clone (../shared, /work/)", () => {
    const outside = /\.\.\/shared\/|\/work\/shared|\/work\/main/;
    const self = "test/docs/links.test.ts";
    const offenders = [...committed]
      .filter((f) => f !== self && /\.(md|ts|js|yaml|yml|json|py)$|^\.ci\//.test(f))
      .flatMap((file) =>
        readFileSync(path.join(PROJECT_ROOT, file), "utf8")
          .split("\n")
          .flatMap((line, i) => (outside.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it("reports a link that leaves the repository, a missing file and a missing anchor", () => {
    // Built from parts so that this file does not itself read as a link out of the repository.
    const outside = ["..", "..", "outside", "protocol-v1.md"].join("/");
    const links = linksIn(
      "docs/guide.md",
      [
        `[out](${outside}) [gone](./missing.md)`,
        "`[code](../nowhere.md)` [anchor](../README.md#no-such-heading)",
        "```",
        "[fenced](../nowhere.md)",
        "```",
        "[ok](../README.md#the-contract-asyncapiyaml)",
      ].join("\n"),
    );
    expect(links.map((l) => `${l.line} ${l.target}`)).toEqual([
      `1 ${outside}`,
      "1 ./missing.md",
      "2 ../README.md#no-such-heading",
      "6 ../README.md#the-contract-asyncapiyaml",
    ]);
    expect(links.map((l) => problemWith(l, committed))).toEqual([
      `docs/guide.md:1: ${outside} leaves the repository`,
      "docs/guide.md:1: ./missing.md does not exist",
      "docs/guide.md:2: ../README.md#no-such-heading: no heading #no-such-heading in README.md",
      undefined,
    ]);
  });
});
