// One wire case on a raw connection of its own: its frames go out, then the proof that the
// server is alive after them, on that same connection: an answer to a probe (an event
// outside the contract, answered with ERROR_OCCURED), or before any CONNECT a CONNECT's
// answer, or a close with a WebSocket close frame (a process that dies sends none: code
// 1006). A case without that proof gets the full check right after it (wire-phase.ts).
import type { TraceSink } from "../trace.ts";
import { RawSocket } from "./raw-socket.ts";
import { PROBE_EVENT } from "./steps.ts";
import type { WireCase } from "./wire-cases.ts";
import type { WireResult } from "./wire-phase.ts";

export interface Opened {
  wireCase: WireCase;
  raw: RawSocket | undefined;
  /** The CONNECT packet's auth, as JSON. */
  auth: string;
}

export interface Sent {
  result: WireResult;
  frames: unknown[];
  /**
   * The server was alive after taking these frames: it answered on the connection, or
   * closed it with a WebSocket close frame.
   */
  aliveAfter: boolean;
  /** The proof asked for was the liveness probe (an event), not a fresh CONNECT. */
  probed: boolean;
}

/** What a phase learned about the liveness probe, shared by its cases. */
export interface ProbeState {
  /** The server leaves the probe unanswered even when well: cases do not wait for it. */
  unanswered: boolean;
  /** Probes answered so far: one is enough to keep waiting for them. */
  answered: number;
}

/** Opens the case's raw connection, and completes the Socket.IO CONNECT when its frames go after one. */
export async function openCase(
  wireCase: WireCase,
  options: {
    url: string;
    timeoutMs: number;
    auth: string;
    label: string;
    path?: string | undefined;
    trace?: TraceSink | undefined;
  },
): Promise<Opened> {
  const { timeoutMs, auth } = options;
  const raw = await RawSocket.open(options.url, timeoutMs, {
    path: options.path,
    trace: options.trace,
    label: options.label,
    caseId: wireCase.id,
  });
  if (raw !== undefined && wireCase.afterConnect) {
    raw.send(`40${auth}`);
    await raw.until(
      () => raw.frames.some((f) => typeof f === "string" && f.startsWith("40")),
      timeoutMs,
    );
  }
  return { wireCase, raw, auth };
}

/** Sends one case's frames on its raw connection and notes how the server took them. */
export async function sendCase(
  { wireCase, raw, auth }: Opened,
  probe: ProbeState,
  timeoutMs: number,
): Promise<Sent> {
  const result: WireResult = { wireCase, status: "pass", failures: [] };
  if (raw === undefined || raw.ended) {
    result.reaction = "unopened";
    raw?.terminate();
    return { result, frames: [], aliveAfter: false, probed: false };
  }
  const frames = wireCase.frames(raw.handshake?.maxPayload ?? 1_000_000);
  const before = raw.frames.length;
  for (const frame of frames) raw.send(frame);
  // Frames that end the session (an Engine.IO CLOSE, a DISCONNECT of the namespace) leave
  // nothing to answer on this connection, and a server need not close it at once: the
  // full check right after judges the case. Sending a CONNECT behind a DISCONNECT would
  // not do: a Node server handles the CONNECT first, and its disconnect path never runs.
  const ended = frames.some(closesSession)
    ? SESSION_CLOSED
    : wireCase.afterConnect && frames.some(leavesNamespace)
      ? NAMESPACE_LEFT
      : undefined;
  const probed = wireCase.afterConnect && ended === undefined;
  if (ended === undefined) raw.send(probed ? PROBE_FRAME : `40${auth}`);
  const expect = probed ? '42["ERROR_OCCURED"' : "40";
  // A server that leaves the probe unanswered even when well would make every case wait
  // out --timeout: those are judged by the full check alone too.
  const unanswerable = ended ?? (probed && probe.unanswered ? NOT_ASKED : undefined);
  const answered =
    ended === undefined &&
    (await raw.until(
      () => raw.frames.slice(before).some((f) => typeof f === "string" && f.startsWith(expect)),
      unanswerable !== undefined ? 0 : timeoutMs,
    ));
  result.reaction = answered ? "answered" : raw.ended ? "closed" : "silent";
  if (answered && probed) probe.answered++;
  if (unanswerable !== undefined && !answered && !raw.ended) result.note = unanswerable;
  const closedCleanly =
    raw.closed !== undefined && raw.closed.code !== 1006 && raw.error === undefined;
  raw.terminate();
  return { result, frames, aliveAfter: answered || closedCleanly, probed };
}

const PROBE_FRAME = `42${JSON.stringify([PROBE_EVENT, {}])}`;

/** A Socket.IO DISCONNECT of the default namespace ("41", an ack id at most): the session is over. */
function leavesNamespace(frame: unknown): boolean {
  return typeof frame === "string" && /^41\d*$/.test(frame);
}

/** An Engine.IO CLOSE packet: the client ends the session. */
function closesSession(frame: unknown): boolean {
  return frame === "1";
}

const SESSION_CLOSED =
  "answer not waited for: the frames closed the Engine.IO session, after which a server need not answer, so the full check right after this case judges it";

const NAMESPACE_LEFT =
  "answer not waited for: the frames left the namespace (a DISCONNECT), after which no event is answered on that connection, so the full check right after this case judges it";

const NOT_ASKED =
  "probe answer not waited for: the server leaves the liveness probe unanswered, so the full check right after this case judges it";
