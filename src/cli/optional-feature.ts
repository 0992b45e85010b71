// generate and docs need the codegen and docs stacks (@asyncapi/parser, json-schema-to-
// typescript, React and AsyncAPI's renderer: about 250 packages). They are optional peer
// dependencies, so installing chat-contract to run `test --url`, the guard or the
// validators stays small. Loading them goes through here: a missing one becomes a usage
// error that says what to install, not a stack trace.
import { UsageError } from "./command.ts";

import { pinned, type OptionalPeer } from "../optional-peers.ts";

export { OPTIONAL_PEERS, type OptionalPeer } from "../optional-peers.ts";

/** Thrown by the single-file build's stand-ins for the modules it leaves out. */
export const NOT_BUNDLED = "CHAT_CONTRACT_NOT_BUNDLED";

/** Runs `load`; a missing peer (or a left-out module) becomes a UsageError naming the fix. */
export async function loadFeature<T>(
  feature: string,
  peers: readonly OptionalPeer[],
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === NOT_BUNDLED) {
      throw new UsageError(
        `${feature}: not part of this single-file build; install the npm package: ${installCommand(peers)}`,
      );
    }
    const message = String((error as Error).message);
    const missing = peers.filter((peer) => message.includes(`'${peer}'`));
    if ((code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && missing.length > 0) {
      throw new UsageError(
        `${feature} needs ${peers.join(", ")} (optional peer dependencies of chat-contract; ${missing.join(", ")} not found). Install them: ${installCommand(peers)}`,
      );
    }
    throw error;
  }
}

function installCommand(peers: readonly OptionalPeer[]): string {
  return `npm install --save-dev chat-contract ${pinned(peers)}`;
}

export const CODEGEN_PEERS: readonly OptionalPeer[] = [
  "@asyncapi/parser",
  "json-schema-to-typescript",
];
export const DOCS_PEERS: readonly OptionalPeer[] = [
  "@asyncapi/parser",
  "@asyncapi/react-component",
  "react",
  "react-dom",
];
