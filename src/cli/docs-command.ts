import path from "node:path";
import { SPEC_PATH } from "../contract/index.ts";
import { EXIT_OK, EXIT_USAGE, parseCommandArgs, type Command } from "./command.ts";
import { DOCS_PEERS, loadFeature } from "./optional-feature.ts";

export const docsCommand: Command = {
  name: "docs",
  summary: "render the protocol as one self-contained HTML page (docs/index.html)",
  help: `Usage: chat-contract docs [--spec FILE] [--out FILE]

Renders asyncapi.yaml with AsyncAPI's own React renderer (@asyncapi/react-component),
server-side, into one self-contained HTML file that works offline.

Options:
  --spec FILE   the AsyncAPI document (default: asyncapi.yaml in the project root)
  --out FILE    where to write (default: docs/index.html in the current directory)
  -h, --help    this text`,
  async run(argv, output) {
    const { values } = parseCommandArgs("docs", argv, {
      spec: { type: "string" },
      out: { type: "string" },
    });
    if (values.help) {
      output.out(docsCommand.help);
      return EXIT_OK;
    }
    const specPath = values.spec ? path.resolve(values.spec) : SPEC_PATH;
    // Relative to where it is run, like any output path: run from another project through
    // npx, the page lands in that project, not inside node_modules/chat-contract.
    const outFile = path.resolve(values.out ?? path.join("docs", "index.html"));
    // Loaded on use: React and the renderer are heavy and only this command needs them.
    const { renderDocs } = await loadFeature(
      "docs",
      DOCS_PEERS,
      () => import("../../scripts/docs/index.ts"),
    );
    try {
      const result = await renderDocs({ specPath, outFile });
      output.out(
        `wrote ${path.relative(process.cwd(), result.outFile)} (${Math.round(result.bytes / 1024)} KiB, ${result.ms} ms)`,
      );
      return EXIT_OK;
    } catch (error) {
      output.err(`docs: ${(error as Error).message}`);
      return EXIT_USAGE;
    }
  },
};
