// Phase 2: server-side render, so the page shows the whole contract before (or
// without) JavaScript, and the client only hydrates the same markup.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { AsyncApiComponentWP, type ConfigInterface } from "@asyncapi/react-component";

/** Every section on, with the sidebar: the page is the protocol reference. */
export const DOCS_CONFIG: Partial<ConfigInterface> = {
  show: {
    sidebar: true,
    info: true,
    servers: true,
    operations: true,
    messages: true,
    messageExamples: true,
    schemas: true,
    errors: true,
  },
  sidebar: { showServers: "byDefault", showOperations: "byDefault" },
};

/**
 * `schema` must be the same value the browser hydrates with (the stringified
 * document), or React discards the server markup on a hydration mismatch.
 */
export function renderMarkup(schema: string, config: Partial<ConfigInterface>): string {
  return renderToString(createElement(AsyncApiComponentWP, { schema, config }));
}
