// Sends one step and waits for its first observable effect. Nothing else is out on the
// lane meanwhile, so whatever the sender gets back is this step's reply, whatever order
// the server handles events in:
// - ERROR_OCCURED to the sender: rejected (or RATE_LIMITED);
// - a step the model says is forwarded: the forward reaching one recipient, its witness
//   (each recipient gets the server's emits in order, so the witness's log is read in order),
//   or a frame of that event at the witness that breaks the contract (the forward, broken:
//   judging says how, and the lane does not wait out a timeout for a frame that came);
// - an invalid payload: anything of its kind reaching any connection (no other lane of
//   the round sends events forwarded as that kind: schedule.ts);
// - none of these within the timeout: a probe tells a dropped event ("silent") from a
//   server that stopped answering.
import type { Connections } from "./connections.ts";
import { RunError } from "./connections.ts";
import type { FuzzClient, Received } from "./fuzz-client.ts";
import { breaksContract } from "./broken-frame.ts";
import { deliveryMatches, type Delivery } from "./oracle.ts";
import { errorOutcome, PROBE_EVENT, type Outcome, type Step } from "./steps.ts";
import { waitFor } from "./wait.ts";

export interface Watch {
  conns: Connections;
  sender: FuzzClient;
  /** How far this lane has read each connection's log (witness and forward scans). */
  cursors: Map<FuzzClient, number>;
  /** Invalid payloads: the events that count as theirs when forwarded; undefined: every event (the run's only step out). */
  owned: ReadonlySet<string> | undefined;
  timeoutMs: number;
}

interface Witness {
  client: FuzzClient;
  delivery: Delivery;
}

/** The recipient to watch: the first one that is not a sender (senders may be closed and replaced). */
function witnessOf(conns: Connections, deliveries: Delivery[]): Witness | undefined {
  const pick = (d: Delivery) => conns.client(d.to);
  const delivery = deliveries.find((d) => !conns.isSender(pick(d) as FuzzClient)) ?? deliveries[0];
  const client = delivery && pick(delivery);
  return delivery && client && !client.ended ? { client, delivery } : undefined;
}

/** The next entry of `client`'s log from this lane's cursor that satisfies `test`; moves the cursor past it. */
function scan(
  watch: Watch,
  client: FuzzClient,
  test: (r: Received) => boolean,
): Received | undefined {
  const start = watch.cursors.get(client) ?? watch.conns.windowStart.get(client) ?? 0;
  for (let at = start; at < client.log.length; at++) {
    const r = client.log[at] as Received;
    const noise =
      watch.conns.isNoise(client, at) || watch.conns.mayBeOthersNotification(client, at);
    if (noise || !test(r)) continue;
    watch.cursors.set(client, at + 1);
    return r;
  }
  watch.cursors.set(client, client.log.length);
  return undefined;
}

/** Sends `s` (its deliveries already predicted for a step the model knows) and returns its outcome. */
export async function observeStep(watch: Watch, s: Step): Promise<Outcome> {
  const { sender, conns, timeoutMs } = watch;
  const witness = witnessOf(conns, s.deliveries);
  const expectsForward = s.role !== "case" || s.fuzzCase?.kind !== "invalid";
  s.sender = sender.label;
  s.sentAt = sender.log.length;
  s.errors = [];
  s.tries++;
  let errorScan = s.sentAt;
  let probeFrom: number | undefined;
  let probeAnswered = false;
  // The sender first: its errors are read apart, and anything else it gets counts too.
  const watched = witness
    ? [sender, witness.client]
    : [sender, ...conns.judged.filter((c) => c !== sender)];

  const look = (): Outcome | undefined => {
    for (; errorScan < sender.log.length; errorScan++) {
      const r = sender.log[errorScan] as Received;
      if (r.event !== "ERROR_OCCURED") continue;
      const error = (r.args[0] ?? {}) as Record<string, unknown>;
      conns.account(sender, errorScan);
      if (
        probeFrom !== undefined &&
        errorScan >= probeFrom &&
        error["errorCode"] === "UNKNOWN_EVENT"
      ) {
        probeAnswered = true;
        continue;
      }
      s.errors.push(error);
      errorScan++;
      return errorOutcome(error);
    }
    if (sender.ended) return { kind: "closed", reason: sender.closedReason ?? "closed" };
    if (witness !== undefined) {
      const { delivery } = witness;
      const seen = scan(
        watch,
        witness.client,
        (r) => deliveryMatches(delivery, r) || (r.event === delivery.event && breaksContract(r)),
      );
      if (seen === undefined) return undefined;
      return { kind: "accepted", via: deliveryMatches(delivery, seen) ? "forward" : "broken" };
    }
    if (!expectsForward || s.deliveries.length === 0) {
      for (const client of watched) {
        const r = scan(watch, client, (x) => isOwned(watch, client, x));
        if (r === undefined) continue;
        return expectsForward
          ? { kind: "accepted", via: "forward" }
          : { kind: "forwarded", client: client.label, received: r };
      }
    }
    return undefined;
  };

  const witnessFrom = witness?.client.log.length ?? 0;
  sender.emit(s.event, s.args, s.fuzzCase?.id);
  const outcome = await waitFor(watched, look, timeoutMs);
  if (outcome !== undefined) return outcome;

  // Nothing within the bound: is it this event, or the server?
  probeFrom = sender.log.length;
  sender.emit(PROBE_EVENT, [{}]);
  const late = await waitFor(
    watched,
    () => look() ?? (probeAnswered ? "alive" : undefined),
    timeoutMs,
  );
  if (late !== undefined && late !== "alive") return late;
  if (late === undefined) {
    throw new RunError(
      `the server stopped answering: no reply to ${s.event} within ${timeoutMs} ms on ${sender.label}, and no ERROR_OCCURED UNKNOWN_EVENT to an event outside the contract (${PROBE_EVENT}) either`,
    );
  }
  // A forward the model predicts but whose witness is gone can no longer be seen: judged
  // on the absence of an error, and at the barrier by the other recipients.
  if (expectsForward && (witness === undefined || witness.client.ended))
    return { kind: "accepted", via: "no-error" };
  const setAside = witness && setAsideAt(conns, witness, witnessFrom);
  return setAside === undefined ? { kind: "silent" } : { kind: "silent", setAside };
}

/** The first frame of the awaited event at the witness since `from` that was taken for another client's. */
function setAsideAt(conns: Connections, witness: Witness, from: number): Received | undefined {
  const { client, delivery } = witness;
  for (let at = from; at < client.log.length; at++) {
    const r = client.log[at] as Received;
    if (r.event === delivery.event && conns.isForeignAt(client, at)) return r;
  }
  return undefined;
}

/** In a round's lane: only the events the lane owns; its own sender's errors are read apart. */
function isOwned(watch: Watch, client: FuzzClient, r: Received): boolean {
  if (client === watch.sender && r.event === "ERROR_OCCURED") return false;
  return watch.owned === undefined || watch.owned.has(r.event);
}
