// --only / --skip: which events are reported, hence which scenarios run (with the
// scenarios they build on). --checks / --exclude-checks: which checks judge.
import { EVENT_NAMES, type EventName } from "../contract/index.ts";
import { BEHAVIOUR_CHECKS } from "./behaviour-checks/index.ts";
import { FRAME_CHECKS } from "./frame-checks/index.ts";
import { FUZZ_CHECKS } from "./fuzz/verdicts.ts";
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

/** Every check a report can name, in report order: frame, behaviour, then fuzz checks. */
export function checkNames(): string[] {
  return [
    ...FRAME_CHECKS.map((c) => c.name),
    ...BEHAVIOUR_CHECKS.map((c) => c.name),
    ...Object.keys(FUZZ_CHECKS),
  ];
}

/** The names in `names` that no check carries (what --checks / --exclude-checks must refuse). */
export function unknownChecks(names: readonly string[]): string[] {
  const known = new Set(checkNames());
  return names.filter((name) => !known.has(name));
}

/** Why `check` does not judge this run (--checks / --exclude-checks), or undefined when it does. */
export function checkExcluded(
  options: Pick<ResolvedOptions, "checks" | "excludeChecks">,
  check: string,
): string | undefined {
  if (options.excludeChecks?.includes(check)) return "excluded by --exclude-checks";
  if (options.checks !== undefined && options.checks.length > 0 && !options.checks.includes(check))
    return "not selected by --checks";
  return undefined;
}
