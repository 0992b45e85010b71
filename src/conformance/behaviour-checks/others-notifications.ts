// On a shared server another client may change the run's users' memberships: a bot that
// adds whoever connects to its lobby, a user who invites everyone to a group. The server
// then tells the user (NOTIFICATION_RECEIVED) and the group's members, the user among them
// (GROUP_MEMBER_ADDED / REMOVED): conformant traffic the suite did not cause. A
// notification names only the user, so it is told apart by that pair: each membership
// change naming the user in a group the run never named excuses one notification naming
// the user, at the connection that received both.
import { payloadOf } from "../frame-match.ts";
import type { Frame } from "../recorder.ts";
import type { TestClient } from "../test-client.ts";

const MEMBERSHIP_EVENTS = new Set(["GROUP_MEMBER_ADDED", "GROUP_MEMBER_REMOVED"]);

/** Every id the run makes ends with its run id ("group-1a2b3c", "forged-1a2b3c"). */
function namedByRun(id: string, run: string): boolean {
  return id.endsWith(`-${run}`);
}

/** Membership changes of `userId` in groups the run never named, as `client` received them. */
function othersChanges(client: TestClient, userId: string, run: string): number {
  return client.frames.filter((frame) => {
    if (frame.kind !== "event" || !MEMBERSHIP_EVENTS.has(frame.event ?? "")) return false;
    const payload = payloadOf(frame);
    const groupId = payload?.["groupId"];
    return (
      payload?.["userId"] === userId && typeof groupId === "string" && !namedByRun(groupId, run)
    );
  }).length;
}

/**
 * `frames` (a window of `client`'s) without the NOTIFICATION_RECEIVED that other clients'
 * membership changes explain, one per change.
 */
export function withoutOthersNotifications(
  client: TestClient,
  frames: readonly Frame[],
  run: string,
): Frame[] {
  const excusable = new Map<string, number>();
  return frames.filter((frame) => {
    if (frame.kind !== "event" || frame.event !== "NOTIFICATION_RECEIVED") return true;
    const userId = payloadOf(frame)?.["userId"];
    if (typeof userId !== "string") return true;
    const left = excusable.get(userId) ?? othersChanges(client, userId, run);
    if (left === 0) return true;
    excusable.set(userId, left - 1);
    return false;
  });
}
