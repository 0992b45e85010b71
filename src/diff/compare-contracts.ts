// The diff of two contracts: events matched by name (a removed event whose payload reappears
// unchanged under a new name is a rename), each direction judged on its own, and the
// handshake auth judged as client to server. Changes inside a shared component come out
// once per event that uses it, because each event's payload is walked through its $refs.
import type { ContractModel, EventModel } from "../../scripts/codegen/model.ts";
import { ACTION, errorCodeChanges, eventChange, judged } from "./changes.ts";
import { compareHandshake } from "./compare-handshake.ts";
import { SchemaComparison } from "./compare-schemas.ts";
import type { Change, DiffReport } from "./model.ts";

export type Contract = Omit<ContractModel, "sourceSha256">;

function compareEvent(
  before: EventModel,
  after: EventModel,
  comparison: SchemaComparison,
): Change[] {
  const changes: Change[] = [];
  const schemaChanges = comparison.compare(before.schema, after.schema, { path: "" });
  const directions = [...new Set([...before.directions, ...after.directions])];
  for (const direction of directions) {
    if (!after.directions.includes(direction)) {
      changes.push(
        eventChange(
          "breaking",
          before.name,
          direction,
          `no longer ${ACTION[direction]}`,
          direction,
          null,
        ),
      );
    } else if (!before.directions.includes(direction)) {
      changes.push(
        eventChange(
          "non-breaking",
          after.name,
          direction,
          `now also ${ACTION[direction]}`,
          null,
          direction,
        ),
      );
    } else {
      changes.push(...schemaChanges.map((c) => judged(after.name, direction, c)));
      changes.push(...errorCodeChanges(after.name, direction, before.errorCodes, after.errorCodes));
      if (before.delivery !== after.delivery) {
        changes.push(
          eventChange(
            "breaking",
            after.name,
            direction,
            `delivery ${before.delivery} -> ${after.delivery}`,
            before.delivery,
            after.delivery,
          ),
        );
      }
    }
  }
  return changes;
}

function sameDirections(a: EventModel, b: EventModel): boolean {
  return (
    a.directions.length === b.directions.length &&
    a.directions.every((d) => b.directions.includes(d))
  );
}

function removedOrRenamed(
  removed: EventModel,
  added: EventModel[],
  renamedTo: Set<string>,
  comparison: SchemaComparison,
): Change[] {
  const target = added.find(
    (candidate) =>
      !renamedTo.has(candidate.name) &&
      sameDirections(removed, candidate) &&
      comparison.equivalent(removed.schema, candidate.schema),
  );
  if (target) renamedTo.add(target.name);
  return removed.directions.map((direction) =>
    target
      ? eventChange(
          "breaking",
          removed.name,
          direction,
          `renamed to ${target.name}`,
          removed.name,
          target.name,
        )
      : eventChange(
          "breaking",
          removed.name,
          direction,
          `event removed (was ${ACTION[direction]})`,
          removed.name,
          null,
        ),
  );
}

export function compareContracts(before: Contract, after: Contract): DiffReport {
  const comparison = new SchemaComparison(before.definitions, after.definitions);
  const newByName = new Map(after.events.map((e) => [e.name, e]));
  const oldNames = new Set(before.events.map((e) => e.name));
  const added = after.events.filter((e) => !oldNames.has(e.name));
  const renamedTo = new Set<string>();
  const changes: Change[] = compareHandshake(before, after, comparison);
  for (const event of before.events) {
    const counterpart = newByName.get(event.name);
    changes.push(
      ...(counterpart
        ? compareEvent(event, counterpart, comparison)
        : removedOrRenamed(event, added, renamedTo, comparison)),
    );
  }
  for (const event of added.filter((e) => !renamedTo.has(e.name))) {
    for (const direction of event.directions) {
      changes.push(
        eventChange(
          "non-breaking",
          event.name,
          direction,
          `new event, ${ACTION[direction]}`,
          null,
          event.name,
        ),
      );
    }
  }
  return { breaking: changes.filter((c) => c.kind === "breaking").length, changes };
}
