// The wire phase on a cluster: every node gets its share of the malformed frames, each
// node's phase with its own observer and survival checks on that node. The nodes take
// turns, never side by side: damage one node's frame does to the whole cluster (a
// disconnect of every socket, carried by the adapter) must not land in another node's
// check. On one server, one phase.
import { nodeName } from "../engine-options.ts";
import type { WireCase } from "./wire-cases.ts";
import { WirePhase, type WirePhaseOptions, type WireResult } from "./wire-phase.ts";

export type WireSelection = { wireCase: WireCase; node: number }[];

/**
 * Each case's node: its place in the seed's full list, round-robin over the nodes, so a
 * case replayed alone (--fuzz-case) goes to the node it went to in the full run.
 */
export function onNodes(all: WireCase[], nodes: number): WireSelection {
  return all.map((wireCase, i) => ({ wireCase, node: i % Math.max(1, nodes) }));
}

/** Runs each node's cases on that node, one node after another (`optionsFor` names it "B" on a cluster); results in selection order. */
export async function runWireOnNodes(
  urls: readonly string[],
  selection: WireSelection,
  optionsFor: (url: string, node: string | undefined) => WirePhaseOptions,
): Promise<WireResult[]> {
  const phases = urls.map(
    (url, node) =>
      new WirePhase(
        selection.filter((s) => s.node === node).map((s) => s.wireCase),
        optionsFor(url, urls.length > 1 ? nodeName(node) : undefined),
      ),
  );
  try {
    for (const phase of phases) await phase.run();
  } finally {
    for (const phase of phases) phase.close();
  }
  const order = new Map(selection.map((s, i) => [s.wireCase.id, i]));
  return phases
    .flatMap((phase) => phase.results)
    .sort((a, b) => (order.get(a.wireCase.id) ?? 0) - (order.get(b.wireCase.id) ?? 0));
}
