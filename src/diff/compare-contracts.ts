// The diff of two contracts: events matched by name (a removed event whose payload reappears
// unchanged under a new name is a rename), each direction judged on its own, and the
// handshake auth judged as client to server. Changes inside a shared component come out
// once per event that uses it, because each event's payload is walked through its $refs.
import type { ContractModel, EventModel } from "../../scripts/codegen/model.ts";
import { SchemaComparison } from "./compare-schemas.ts";
import { consequence, verdict } from "./judge.ts";
import type { Change, DiffDirection, DiffReport, SchemaChange } from "./model.ts";

export type Contract = Omit<ContractModel, "sourceSha256">;

const ACTION: Record<DiffDirection, string> = {
  "client-to-server": "accepted by the server",
  "server-to-client": "sent by the server",
  handshake: "handshake",
};

function judged(event: string, direction: DiffDirection, c: SchemaChange): Change {
  const where = c.component ? ` (in component ${c.component})` : "";
  return {
    kind: verdict(c.effect, direction),
    event,
    direction,
    path: c.path || "/",
    message: `${c.what}${where}: ${consequence(c.effect, direction)}`,
    // null, not undefined, for "absent": JSON.stringify would drop the key
    old: c.old ?? null,
    new: c.new ?? null,
  };
}

function eventChange(
  kind: Change["kind"],
  event: string,
  direction: DiffDirection,
  message: string,
  old: unknown,
  next: unknown,
): Change {
  return { kind, event, direction, path: "/", message, old, new: next };
}

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

/**
 * x-error-codes documents which codes a server uses; the payload schema (ErrorCode, a
 * pattern) is what clients validate, so a code added or removed is listed, not breaking.
 */
function errorCodeChanges(
  event: string,
  direction: DiffDirection,
  before: string[],
  after: string[],
): Change[] {
  const added = after.filter((code) => !before.includes(code));
  const removed = before.filter((code) => !after.includes(code));
  if (added.length === 0 && removed.length === 0) return [];
  const parts = [
    added.length > 0 ? `added ${added.join(", ")}` : "",
    removed.length > 0 ? `removed ${removed.join(", ")}` : "",
  ].filter(Boolean);
  const message = `error codes ${parts.join(" and ")}: documentation; every code still has to match the errorCode schema`;
  return [
    {
      kind: "non-breaking",
      event,
      direction,
      path: "/x-error-codes",
      message,
      old: before,
      new: after,
    },
  ];
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

function compareHandshake(
  before: Contract,
  after: Contract,
  comparison: SchemaComparison,
): Change[] {
  const changes = comparison
    .compare(before.handshake.auth, after.handshake.auth, { path: "" })
    .map((c) => judged("handshake.auth", "handshake", c));
  changes.push(
    ...errorCodeChanges(
      "handshake.connectError",
      "handshake",
      before.handshake.errorCodes,
      after.handshake.errorCodes,
    ),
  );
  if (before.handshake.connectErrorMessage !== after.handshake.connectErrorMessage) {
    const { connectErrorMessage: old } = before.handshake;
    const next = after.handshake.connectErrorMessage;
    changes.push(
      eventChange(
        "breaking",
        "handshake.connectError",
        "handshake",
        `connect_error message ${old} -> ${next}: clients match on it`,
        old,
        next,
      ),
    );
  }
  return changes;
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
