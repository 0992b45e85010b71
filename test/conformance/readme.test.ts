// src/conformance/README.md documents every scenario, check and broken server by name.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BEHAVIOUR_CHECKS, FRAME_CHECKS, SCENARIOS } from "../../src/conformance/index.ts";
import { PROJECT_ROOT } from "../../src/contract/index.ts";
import { BROKEN_SERVERS } from "../fixtures/broken-servers/index.ts";

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("the conformance README", () => {
  it("names every scenario, every check and every broken server", async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, "src/conformance/README.md"), "utf8");
    const names = [...SCENARIOS, ...FRAME_CHECKS, ...BEHAVIOUR_CHECKS, ...BROKEN_SERVERS].map(
      (x) => x.name,
    );
    expect(names.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
