// The esbuild plugin of the single-file build: stand-ins for the few modules that reach
// outside the bundle. Each is swapped whole (never patched line by line), except the
// generated validators, whose one `createRequire` line is removed so esbuild bundles the
// ajv helpers they require.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "esbuild";

const NOT_BUNDLED = "CHAT_CONTRACT_NOT_BUNDLED"; // src/cli/optional-feature.ts reads it

function notBundled(what: string): string {
  return `throw Object.assign(new Error(${JSON.stringify(`${what} is not part of the single-file build`)}), { code: ${JSON.stringify(NOT_BUNDLED)} });\nexport {};`;
}

/** schemas/*.json inlined: the fuzzer derives its cases from them. */
function schemaFiles(root: string): string {
  const dir = path.join(root, "schemas");
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]),
  );
  return `const FILES = ${JSON.stringify(files)};
export function readSchemaFile(file) {
  const text = FILES[file];
  if (text === undefined) throw new Error("schemas/" + file + " is not in this build");
  return JSON.parse(text);
}`;
}

/**
 * The bundle carries the generated code of one asyncapi.yaml, so the run-time check that
 * they match moves here: a stale generated/ fails the build instead.
 */
function specFreshness(root: string): string {
  const spec = readFileSync(path.join(root, "asyncapi.yaml"), "utf8");
  const catalog = readFileSync(path.join(root, "generated", "catalog.ts"), "utf8");
  const generatedFrom = /SPEC_SHA256 = "([0-9a-f]{64})"/.exec(catalog)?.[1];
  const actual = createHash("sha256").update(spec).digest("hex");
  if (generatedFrom !== actual) {
    throw new Error(
      "generated/ does not match asyncapi.yaml: run `npm run generate` before building",
    );
  }
  return `export async function specProblems() { return []; }`;
}

function version(root: string): string {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    version: string;
  };
  return `export function packageVersion() { return ${JSON.stringify(`${pkg.version} (single file)`)}; }`;
}

const CREATE_REQUIRE =
  /^import \{ createRequire \} from "node:module";\nconst require = createRequire\(import\.meta\.url\);\n/m;

function validators(file: string): string {
  const text = readFileSync(file, "utf8");
  if (!CREATE_REQUIRE.test(text)) {
    throw new Error(`${file}: the createRequire preamble the bundle removes was not found`);
  }
  return text.replace(CREATE_REQUIRE, "");
}

export function standaloneModules(root: string): Plugin {
  const at = (...parts: string[]) => path.join(root, ...parts);
  const swaps = new Map<string, () => string>([
    [at("src/contract/schema-files.ts"), () => schemaFiles(root)],
    [at("src/cli/spec-freshness.ts"), () => specFreshness(root)],
    [at("src/cli/version.ts"), () => version(root)],
    [at("scripts/codegen/index.ts"), () => notBundled("generate (codegen)")],
    [at("scripts/docs/index.ts"), () => notBundled("docs")],
    [at("src/diff/run-diff.ts"), () => notBundled("diff (the AsyncAPI parser)")],
    [at("generated/validators.js"), () => validators(at("generated/validators.js"))],
  ]);
  return {
    name: "chat-contract-standalone",
    setup(build) {
      // Optional modules required in a try, with a fallback: ws's native speed-ups,
      // debug's colour detection. Left as they are, the executable would look for them on
      // disk, which Node's SEA warns about on every run.
      build.onResolve({ filter: /^(bufferutil|utf-8-validate|supports-color)$/ }, (args) => ({
        path: args.path,
        namespace: "absent-optional",
      }));
      build.onLoad({ filter: /.*/, namespace: "absent-optional" }, (args) => ({
        contents: `throw Object.assign(new Error("Cannot find module '${args.path}'"), { code: "MODULE_NOT_FOUND" });`,
        loader: "js",
      }));
      build.onLoad({ filter: /\.(ts|js)$/ }, (args) => {
        const swap = swaps.get(args.path);
        if (swap === undefined) return undefined;
        return { contents: swap(), loader: "js", resolveDir: path.dirname(args.path) };
      });
    },
  };
}
