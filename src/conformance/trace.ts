// --trace FILE: every frame every client sent or received, one JSON object per line, so a
// server author sees exactly what happened. Written as the run goes (streaming) and
// bounded: a large argument is cut with its real size noted, and past MAX_TRACE_BYTES the
// trace stops growing and says how many frames it left out.
import { createWriteStream, type WriteStream } from "node:fs";
import { boundValue } from "./bounded-value.ts";

/** One frame, as a client saw it. */
export interface TraceFrame {
  /** e.g. "alice#1", "fuzz-sender#3", "wire-raw#2". */
  client: string;
  direction: "sent" | "received";
  /** The event name, or connect / connect_error / disconnect, or "raw" for a wire frame. */
  event: string;
  args: readonly unknown[];
  /** The scenario and step running (scenario clients), or the fuzz case id. */
  scenario?: string | undefined;
  step?: string | undefined;
  case?: string | undefined;
}

export type TraceSink = (frame: TraceFrame) => void;

export const MAX_TRACE_BYTES = 64 * 1024 * 1024;
/** Characters kept of one argument. */
const MAX_ARG_CHARS = 4000;

export interface TraceFile {
  sink: TraceSink;
  /** Frames written and left out so far. */
  readonly written: number;
  readonly dropped: number;
  /** Writes the closing line (when frames were left out) and waits for the file to be flushed. */
  close(): Promise<void>;
}

export interface TraceFileOptions {
  /** Bytes after which the trace stops growing (default MAX_TRACE_BYTES). */
  maxBytes?: number;
  /** Strings never written (the handshake token a raw frame carries): each becomes "<secret>". */
  secrets?: readonly string[];
}

/** Opens FILE for the trace; each line: { ms, client, direction, event, args, scenario?, step?, case? }. */
export function openTraceFile(file: string, options: TraceFileOptions = {}): TraceFile {
  const maxBytes = options.maxBytes ?? MAX_TRACE_BYTES;
  // As they appear inside JSON text.
  const secrets = (options.secrets ?? [])
    .filter((s) => s !== "")
    .map((s) => JSON.stringify(s).slice(1, -1));
  const started = performance.now();
  const stream: WriteStream = createWriteStream(file);
  let bytes = 0;
  let written = 0;
  let dropped = 0;
  let failed: Error | undefined;
  stream.on("error", (error) => (failed = error));
  const sink: TraceSink = (frame) => {
    if (failed !== undefined || bytes >= maxBytes) {
      dropped += 1;
      return;
    }
    let line = `${JSON.stringify({
      ms: Math.round(performance.now() - started),
      client: frame.client,
      direction: frame.direction,
      event: frame.event,
      args: frame.args.map((arg) => boundValue(arg, MAX_ARG_CHARS)),
      ...(frame.scenario === undefined ? {} : { scenario: frame.scenario }),
      ...(frame.step === undefined ? {} : { step: frame.step }),
      ...(frame.case === undefined ? {} : { case: frame.case }),
    })}\n`;
    for (const secret of secrets)
      if (line.includes(secret)) line = line.split(secret).join("<secret>");
    bytes += Buffer.byteLength(line);
    written += 1;
    stream.write(line);
  };
  return {
    sink,
    get written() {
      return written;
    },
    get dropped() {
      return dropped;
    },
    close: () =>
      new Promise((resolve, reject) => {
        if (dropped > 0)
          stream.write(
            `${JSON.stringify({ truncated: true, maxBytes, framesLeftOut: dropped })}\n`,
          );
        stream.end(() => (failed === undefined ? resolve() : reject(failed)));
      }),
  };
}
