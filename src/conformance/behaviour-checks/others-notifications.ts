// On a shared server another client may change the run's users' memberships: a bot that
// adds whoever connects to its lobby, a user who invites everyone to a group. The server
// then tells the user (NOTIFICATION_RECEIVED) and the group's members, the user among them
// (GROUP_MEMBER_ADDED / REMOVED): conformant traffic the suite did not cause. A
// notification names only the user and the change's type, so it is told apart by pairing:
// over a connection's whole history, each membership change of a user in a group the run
// never named pairs with one notification of that user and type, in order. Only a
// notification left without a pair is the run's to judge.
import { payloadOf } from "../frame-match.ts";
import type { Frame } from "../recorder.ts";
import type { TestClient } from "../test-client.ts";

const MEMBERSHIP_EVENTS = new Set(["GROUP_MEMBER_ADDED", "GROUP_MEMBER_REMOVED"]);

/** Every id the run makes ends with its run id ("group-1a2b3c", "forged-1a2b3c"). */
function namedByRun(id: string, run: string): boolean {
  return id.endsWith(`-${run}`);
}

/** "userId type" of another client's membership change, or undefined. */
function othersChange(frame: Frame, run: string): string | undefined {
  if (frame.kind !== "event" || !MEMBERSHIP_EVENTS.has(frame.event ?? "")) return undefined;
  const payload = payloadOf(frame);
  const groupId = payload?.["groupId"];
  const userId = payload?.["userId"];
  if (typeof groupId !== "string" || namedByRun(groupId, run)) return undefined;
  return typeof userId === "string" ? `${userId} ${frame.event}` : undefined;
}

/** "userId type" of a notification, or undefined. */
function notification(frame: Frame): string | undefined {
  if (frame.kind !== "event" || frame.event !== "NOTIFICATION_RECEIVED") return undefined;
  const payload = payloadOf(frame);
  const userId = payload?.["userId"];
  const type = payload?.["notificationType"];
  return typeof userId === "string" && typeof type === "string" ? `${userId} ${type}` : undefined;
}

/** The notifications `client` received that other clients' membership changes explain. */
function othersNotifications(client: TestClient, run: string): Set<Frame> {
  const changes = new Map<string, number>();
  for (const frame of client.frames) {
    const key = othersChange(frame, run);
    if (key !== undefined) changes.set(key, (changes.get(key) ?? 0) + 1);
  }
  const paired = new Set<Frame>();
  for (const frame of client.frames) {
    const key = notification(frame);
    const left = key === undefined ? 0 : (changes.get(key) ?? 0);
    if (key === undefined || left === 0) continue;
    changes.set(key, left - 1);
    paired.add(frame);
  }
  return paired;
}

/** `frames` (a window of `client`'s) without the notifications others' changes explain. */
export function withoutOthersNotifications(
  client: TestClient,
  frames: readonly Frame[],
  run: string,
): Frame[] {
  if (!frames.some((f) => notification(f) !== undefined)) return [...frames];
  const paired = othersNotifications(client, run);
  return frames.filter((frame) => !paired.has(frame));
}
