// --only / --skip: which events are reported, hence which scenarios run (with the
// scenarios they build on).
import { EVENT_NAMES, type EventName } from "../contract/index.ts";
import type { ResolvedOptions } from "./engine-options.ts";
import type { Scenario } from "./scenarios/index.ts";

export function selectedEvents(
  options: Pick<ResolvedOptions, "only" | "skip">,
): ReadonlySet<EventName> {
  const only = options.only === undefined || options.only.length === 0 ? EVENT_NAMES : options.only;
  const skip = new Set(options.skip ?? []);
  return new Set(only.filter((event) => !skip.has(event)));
}

/** The scenarios to run, in registry order: those exercising a selected event, and what they need. */
export function scenariosToRun(
  scenarios: readonly Scenario[],
  selected: ReadonlySet<EventName>,
): Set<string> {
  const byName = new Map(scenarios.map((s) => [s.name, s]));
  const chosen = new Set<string>();
  const add = (name: string) => {
    if (chosen.has(name)) return;
    chosen.add(name);
    for (const need of byName.get(name)?.needs ?? []) add(need);
  };
  for (const scenario of scenarios) {
    if (scenario.events.some((event) => selected.has(event))) add(scenario.name);
  }
  return chosen;
}
