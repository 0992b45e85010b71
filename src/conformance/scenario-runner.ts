// Runs the selected scenarios in order, each as a testcase of its own.
import { stopIfSilent } from "./behaviour-checks/run-completes.ts";
import type { CheckResult } from "./results.ts";
import { RunStopped, type RunContext } from "./run-context.ts";
import { SCENARIOS, type Scenario } from "./scenarios/index.ts";
import { scenariosToRun, selectedEvents } from "./selection.ts";

function skipped(scenario: Scenario, skipReason: string): CheckResult {
  return {
    name: scenario.name,
    description: scenario.description,
    status: "skip",
    durationMs: 0,
    failures: [],
    skipReason,
  };
}

export async function runScenarios(ctx: RunContext): Promise<void> {
  const toRun = scenariosToRun(SCENARIOS, selectedEvents(ctx.options));
  for (const scenario of SCENARIOS) {
    const reason = !toRun.has(scenario.name)
      ? "none of its events is selected (--only / --skip)"
      : ctx.stopReason !== undefined
        ? ctx.stopReason
        : ctx.recorder.pastDeadline()
          ? `the run reached its bound of ${ctx.options.runTimeoutMs} ms`
          : scenario.skipReason?.(ctx);
    if (reason !== undefined) {
      const result = skipped(scenario, reason);
      ctx.scenarioResults.push(result);
      ctx.notify({ type: "scenario-finished", result });
      continue;
    }
    ctx.notify({
      type: "scenario-started",
      name: scenario.name,
      description: scenario.description,
    });
    ctx.recorder.scenario = scenario.name;
    ctx.recorder.step = undefined;
    const started = performance.now();
    try {
      await scenario.run(ctx);
    } catch (error) {
      // --max-failures: the scenario ends at the step after the failure that stopped the run.
      if (!(error instanceof RunStopped)) throw error;
    }
    const failures = ctx.failures.filter((f) => f.scenario === scenario.name);
    const notes = ctx.notes.splice(0);
    const result: CheckResult = {
      name: scenario.name,
      description: scenario.description,
      status: failures.length > 0 ? "fail" : "pass",
      durationMs: Math.round(performance.now() - started),
      failures,
      ...(notes.length > 0 ? { notes } : {}),
    };
    ctx.scenarioResults.push(result);
    ctx.notify({ type: "scenario-finished", result });
    if (result.status === "fail") stopIfSilent(ctx);
  }
  ctx.recorder.scenario = undefined;
  ctx.recorder.step = undefined;
}
