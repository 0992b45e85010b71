// Unit behaviour of renderDocs without a browser: bad specs fail loudly with
// file:line:col and leave nothing behind; good output is self-contained and
// cannot be broken out of by text in the spec.
import { describe, it, expect } from "vitest";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocs } from "../../scripts/docs/index.ts";

// The second mapping entry is indented deeper than the first: a YAML syntax error.
const BROKEN_YAML = [
  "asyncapi: 3.0.0",
  "info:",
  "  title: Broken",
  "    version: 1.0.0",
  "channels: {}",
  "",
].join("\n");

/** Minimal valid spec whose description tries to end the inline <script> early. */
const HOSTILE_SPEC = [
  "asyncapi: 3.0.0",
  "info:",
  "  title: Hostile </script><!--<script>",
  "  version: 1.0.0",
  "  description: 'ends here </script><script>alert(1)</script> <!-- and here'",
  "channels: {}",
  "",
].join("\n");

async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "render-docs-"));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("renderDocs", () => {
  it("rejects a broken YAML spec with asyncapi.yaml:LINE:COL and writes no output", async () => {
    await withTempDir(async (dir) => {
      const specPath = join(dir, "asyncapi.yaml");
      const outFile = join(dir, "out", "index.html");
      await writeFile(specPath, BROKEN_YAML);
      const error: unknown = await renderDocs({ specPath, outFile }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      const lines = (error as Error).message.split("\n");
      // The first located line is the YAML cause (line 4), not the schema errors it triggers.
      expect(lines[1]).toMatch(/(^|\/)asyncapi\.yaml:4:\d+ {2}error Bad indentation/);
      expect(
        lines
          .slice(1)
          .every((line) => /(^|\/)asyncapi\.yaml:\d+:\d+ {2}(error|warning) \S/.test(line)),
      ).toBe(true);
      expect(existsSync(outFile)).toBe(false);
    });
  }, 30_000);

  it("writes one self-contained page: no http(s) scripts or stylesheets, title from info", async () => {
    await withTempDir(async (dir) => {
      const result = await renderDocs({
        specPath: "asyncapi.yaml",
        outFile: join(dir, "nested", "docs", "index.html"),
      });
      const html = await readFile(result.outFile, "utf8");
      expect(result.bytes).toBe(Buffer.byteLength(html));
      expect(html).not.toMatch(/<script[^>]*\bsrc\s*=\s*["']?(https?:)?\/\//i);
      expect(html).not.toMatch(/<link[^>]*\bhref\s*=\s*["']?(https?:)?\/\//i);
      expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
      expect(html).toMatch(/<title>Chat IO server protocol 1\.0\.0<\/title>/);
      // Atomic write leaves no temp file behind.
      expect(await readdir(join(dir, "nested", "docs"))).toEqual(["index.html"]);
    });
  }, 30_000);

  it("escapes spec text and the inline bundle so only the page's own two scripts close", async () => {
    await withTempDir(async (dir) => {
      const specPath = join(dir, "asyncapi.yaml");
      await writeFile(specPath, HOSTILE_SPEC);
      const { outFile } = await renderDocs({ specPath, outFile: join(dir, "index.html") });
      const html = await readFile(outFile, "utf8");
      const scripts = html.slice(html.indexOf("<script>"));
      expect(scripts.match(/<\/script/gi)).toHaveLength(2);
      expect(scripts).not.toContain("<!--");
      expect(html).toContain("<title>Hostile &lt;/script&gt;&lt;!--&lt;script&gt; 1.0.0</title>");
    });
  }, 30_000);
});
