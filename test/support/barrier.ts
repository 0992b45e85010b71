// Proving that nothing was forwarded. The server applies one connection's events in order
// and Socket.IO keeps order per connection, so once the rejected event's ERROR_OCCURED has
// come back, anything it caused has already been written to every recipient. The barrier
// is an event that reaches every other connection (GROUP_CREATED, with a unique id): an
// observer that has received it has received everything written to it before.
import type { RecordingClient } from "./recording-client.ts";

const BARRIER_PREFIX = "barrier-";
let barriers = 0;

export function stamp(): string {
  return new Date().toISOString();
}

/** Sends a barrier from `sender` and waits until every observer has received it. */
export async function barrier(
  sender: RecordingClient,
  observers: RecordingClient[],
): Promise<void> {
  const groupId = `${BARRIER_PREFIX}${++barriers}`;
  const marks = observers.map((o) => o.mark());
  sender.send("GROUP_CREATED", { groupId, creatorId: sender.userId, timestamp: stamp() });
  await Promise.all(
    observers.map((o, i) =>
      o.waitFor("GROUP_CREATED", { since: marks[i], match: (p) => p.groupId === groupId }),
    ),
  );
}

/** The events `client` received since `mark`, barriers left out. */
export function receivedSince(client: RecordingClient, mark: number): string[] {
  return client
    .since(mark)
    .filter(
      (r) =>
        !(
          r.event === "GROUP_CREATED" &&
          String((r.args[0] as { groupId?: unknown }).groupId).startsWith(BARRIER_PREFIX)
        ),
    )
    .map((r) => r.event);
}

let syncs = 0;

/**
 * Resolves once the server has applied every event `client` sent before: it sends an
 * event name the contract lacks and waits for the UNKNOWN_EVENT that names it (replies
 * come back in order). Needs the contract guard (validateIncoming, the default).
 */
export async function sync(client: RecordingClient): Promise<void> {
  const name = `__sync_${++syncs}`;
  const mark = client.mark();
  client.emitRaw(name, {});
  await client.waitFor("ERROR_OCCURED", {
    since: mark,
    match: (p) => p.errorMessage.includes(`"${name}"`),
  });
}
