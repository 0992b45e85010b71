import path from "node:path";
import { PROJECT_ROOT } from "../contract/index.ts";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, parseCommandArgs, type Command } from "./command.ts";
import { CODEGEN_PEERS, loadFeature } from "./optional-feature.ts";

export const generateCommand: Command = {
  name: "generate",
  summary: "derive schemas/ and generated/ from asyncapi.yaml (--check: fail if stale)",
  help: `Usage: chat-contract generate [--check] [--spec FILE] [--root DIR]

Derives from asyncapi.yaml (the only hand-edited source):
  schemas/<EVENT>.json   standalone JSON Schema (draft-07) per event, plus catalog.json
  generated/             TypeScript payload types, Socket.IO event maps, event catalogue,
                         precompiled ajv validators
Output is deterministic: the same input gives byte-identical files. Nothing is written
when asyncapi.yaml has an error; each diagnostic is printed as FILE:LINE:COL.

Options:
  --check        regenerate in memory and exit 1 naming each stale file; write nothing
  --spec FILE    the AsyncAPI document (default: asyncapi.yaml in the root)
  --root DIR     where schemas/ and generated/ go (default: the project root)
  -h, --help     this text

Exit codes: 0 done / up to date, 1 stale (--check), 2 invalid asyncapi.yaml or bad arguments.`,
  async run(argv, output) {
    const { values } = parseCommandArgs("generate", argv, {
      check: { type: "boolean" },
      spec: { type: "string" },
      root: { type: "string" },
    });
    if (values.help) {
      output.out(generateCommand.help);
      return EXIT_OK;
    }
    const rootDir = path.resolve(values.root ?? PROJECT_ROOT);
    const specPath = values.spec ? path.resolve(values.spec) : undefined;
    // Loaded on use: the parser and json-schema-to-typescript cost a second to import,
    // which every other command would pay at start-up.
    const { generate, SpecError } = await loadFeature(
      "generate",
      CODEGEN_PEERS,
      () => import("../../scripts/codegen/index.ts"),
    );
    try {
      const result = await generate({ rootDir, specPath, check: values.check ?? false });
      for (const warning of result.warnings) output.err(warning);
      if (values.check) {
        if (result.drift.length === 0) {
          output.out(`generate --check: ${result.outputs.length} files match asyncapi.yaml`);
          return EXIT_OK;
        }
        for (const d of result.drift) output.err(`stale: ${d.path} (${d.reason})`);
        output.err(
          `generate --check: ${result.drift.length} stale file(s); run \`npm run generate\` and commit the result`,
        );
        return EXIT_FAILED;
      }
      for (const removed of result.removed) output.out(`removed ${removed} (no longer generated)`);
      output.out(
        `generated ${result.outputs.length} files from ${path.relative(process.cwd(), specPath ?? path.join(rootDir, "asyncapi.yaml")) || "asyncapi.yaml"}`,
      );
      return EXIT_OK;
    } catch (error) {
      if (error instanceof SpecError) {
        for (const line of error.lines) output.err(line);
        output.err(
          `generate: ${error.lines.length} problem(s) in ${error.file}; nothing was written`,
        );
        return EXIT_USAGE;
      }
      throw error;
    }
  },
};
