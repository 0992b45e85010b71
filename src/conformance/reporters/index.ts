// Reporters consume the engine's events and the final report; they never drive the run.
import type { EngineListener } from "../engine-events.ts";
import { consoleReporter } from "./console-reporter.ts";
import { jsonReporter } from "./json-reporter.ts";
import { junitReporter } from "./junit-reporter.ts";
import type { ReporterName } from "./names.ts";

export {
  consoleReporter,
  noColorRequested,
  renderConsoleSummary,
  shouldUseColor,
} from "./console-reporter.ts";
export { jsonReporter, renderJsonError, renderJsonReport } from "./json-reporter.ts";
export { junitReporter, renderJunitError, renderJunitReport } from "./junit-reporter.ts";

export { REPORTERS, type ReporterName } from "./names.ts";

export function createReporter(
  name: ReporterName,
  write: (text: string) => void,
  options: { color: boolean },
): EngineListener {
  switch (name) {
    case "console":
      return consoleReporter(write, options);
    case "json":
      return jsonReporter(write);
    case "junit":
      return junitReporter(write);
  }
}
