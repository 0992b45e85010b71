// The codegen and docs stacks are optional peers: installed here for development, left out
// of a user's install, and named with their versions when a command needs them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CODEGEN_PEERS,
  DOCS_PEERS,
  loadFeature,
  NOT_BUNDLED,
  OPTIONAL_PEERS,
} from "../../src/cli/optional-feature.ts";
import { UsageError } from "../../src/cli/command.ts";
import { ROOT } from "./processes.ts";

const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

describe("optional peer dependencies", () => {
  it("are the package's optional peers, pinned as the dev dependencies, never runtime dependencies", () => {
    const names = Object.keys(OPTIONAL_PEERS).sort();
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(names);
    for (const name of names) {
      expect(pkg.peerDependenciesMeta[name]?.optional).toBe(true);
      expect(pkg.devDependencies[name]).toBe(OPTIONAL_PEERS[name as keyof typeof OPTIONAL_PEERS]);
      expect(pkg.dependencies[name]).toBeUndefined();
    }
    expect([...CODEGEN_PEERS, ...DOCS_PEERS].every((p) => p in OPTIONAL_PEERS)).toBe(true);
  });

  it("a missing one becomes a usage error naming every peer of the feature and the install command", async () => {
    const missing = Object.assign(
      new Error("Cannot find package 'json-schema-to-typescript' imported from /x/emit-types.js"),
      { code: "ERR_MODULE_NOT_FOUND" },
    );
    const error = await loadFeature("generate", CODEGEN_PEERS, () => Promise.reject(missing)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      "generate needs @asyncapi/parser, json-schema-to-typescript (optional peer dependencies of chat-contract; json-schema-to-typescript not found). Install them: npm install --save-dev chat-contract @asyncapi/parser@3.6.6 json-schema-to-typescript@16.0.0",
    );
  });

  it("the single-file build's stand-in becomes a usage error pointing at the npm package", async () => {
    const stub = Object.assign(new Error("docs is not part of the single-file build"), {
      code: NOT_BUNDLED,
    });
    const error = await loadFeature("docs", DOCS_PEERS, () => Promise.reject(stub)).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(
      /^docs: not part of this single-file build; install the npm package: npm install --save-dev chat-contract @asyncapi\/parser@3\.6\.6 /,
    );
  });

  it("other failures while loading pass through unchanged", async () => {
    const other = Object.assign(new Error("Cannot find package 'left-pad'"), {
      code: "ERR_MODULE_NOT_FOUND",
    });
    await expect(loadFeature("generate", CODEGEN_PEERS, () => Promise.reject(other))).rejects.toBe(
      other,
    );
  });
});
