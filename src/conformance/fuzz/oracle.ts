// What the protocol says an accepted event does: who receives what, and how it changes
// the world (groups, members, each connection's channel). The runner moves this model along
// the steps the server accepted to know what every connection must have received.
import { isDeepStrictEqual } from "node:util";
import type { Received } from "./fuzz-client.ts";
import { GENERAL } from "./scenario-fixup.ts";

export interface Connection {
  label: string;
  userId: string;
  channel: string;
}

/** One event a connection must receive: the payload as forwarded, `timestamp` aside (the server's clock). */
export interface Delivery {
  to: string;
  event: string;
  payload: Record<string, unknown>;
}

export class World {
  readonly groups = new Map<string, Set<string>>();
  constructor(readonly connections: Connection[]) {}

  connection(label: string): Connection {
    const found = this.connections.find((c) => c.label === label);
    if (found === undefined) throw new Error(`fuzz: no connection ${label} in the model`);
    return found;
  }

  others(sender: Connection): Connection[] {
    return this.connections.filter((c) => c !== sender);
  }

  membersOf(groupId: string): Set<string> {
    return this.groups.get(groupId) ?? new Set();
  }
}

type Payload = Record<string, unknown>;
interface Effect {
  deliveries: Delivery[];
  apply(): void;
}
type Rule = (world: World, sender: Connection, payload: Payload) => Effect;

const to = (connections: Connection[], event: string, payload: Payload): Delivery[] =>
  connections.map((c) => ({ to: c.label, event, payload }));
const nothing = () => undefined;

/** NOTIFICATION_RECEIVED to every connection of a user whom someone else added or removed. */
function notify(world: World, sender: Connection, userId: string, type: string): Delivery[] {
  if (userId === sender.userId) return [];
  const devices = world.connections.filter((c) => c.userId === userId);
  return to(devices, "NOTIFICATION_RECEIVED", { userId, notificationType: type });
}

const inChannelOf = (world: World, sender: Connection) =>
  world.others(sender).filter((c) => c.channel === sender.channel);

const RULES: Record<string, Rule> = {
  MESSAGE_SENT: (world, sender, p) => ({
    deliveries: to(inChannelOf(world, sender), "MESSAGE_RECEIVED", {
      userId: p["userId"],
      message: p["message"],
    }),
    apply: nothing,
  }),
  FILE_UPLOADED: (world, sender, p) => ({
    deliveries: to(inChannelOf(world, sender), "FILE_UPLOADED", {
      userId: p["userId"],
      fileName: p["fileName"],
      fileSize: p["fileSize"],
    }),
    apply: nothing,
  }),
  USER_STATUS_CHANGED: (world, sender, p) => ({
    deliveries: to(world.others(sender), "USER_STATUS_CHANGED", {
      userId: p["userId"],
      newStatus: p["newStatus"],
    }),
    apply: nothing,
  }),
  GROUP_CREATED: (world, sender, p) => ({
    deliveries: to(world.others(sender), "GROUP_CREATED", {
      groupId: p["groupId"],
      creatorId: p["creatorId"],
    }),
    apply: () => world.groups.set(String(p["groupId"]), new Set([String(p["creatorId"])])),
  }),
  GROUP_MEMBER_ADDED: (world, sender, p) => {
    const groupId = String(p["groupId"]);
    const userId = String(p["userId"]);
    const members = new Set([...world.membersOf(groupId), userId]);
    const recipients = world.others(sender).filter((c) => members.has(c.userId));
    return {
      deliveries: [
        ...to(recipients, "GROUP_MEMBER_ADDED", { groupId, userId }),
        ...notify(world, sender, userId, "GROUP_MEMBER_ADDED"),
      ],
      apply: () => world.groups.set(groupId, members),
    };
  },
  GROUP_MEMBER_REMOVED: (world, sender, p) => {
    const groupId = String(p["groupId"]);
    const userId = String(p["userId"]);
    const recipients = world.others(sender).filter((c) => world.membersOf(groupId).has(c.userId));
    return {
      deliveries: [
        ...to(recipients, "GROUP_MEMBER_REMOVED", { groupId, userId }),
        ...notify(world, sender, userId, "GROUP_MEMBER_REMOVED"),
      ],
      apply: () => {
        world.membersOf(groupId).delete(userId);
        for (const c of world.connections)
          if (c.userId === userId && c.channel === groupId) c.channel = GENERAL;
      },
    };
  },
  USER_SETTINGS_UPDATED: (world, sender, p) => ({
    deliveries: to(
      world.others(sender).filter((c) => c.userId === sender.userId),
      "USER_SETTINGS_UPDATED",
      { userId: p["userId"], settingName: p["settingName"], newValue: p["newValue"] },
    ),
    apply: nothing,
  }),
  USER_CHANGED_GROUP: (world, sender, p) => {
    const ref = p["newChannelId"];
    const channel = String(typeof ref === "object" && ref !== null ? (ref as Payload)["id"] : ref);
    // "Already in that channel": chosen before the move.
    const recipients = world.others(sender).filter((c) => c.channel === channel);
    return {
      deliveries: to(recipients, "USER_CHANGED_GROUP", {
        userId: p["userId"],
        newChannelId: channel,
      }),
      apply: () => {
        sender.channel = channel;
      },
    };
  },
};

/** Whether the model knows this event (an event new to the contract is judged on acceptance only). */
export function knowsEvent(event: string): boolean {
  return event in RULES;
}

/** What an accepted event delivers, given the world before it; call apply() to move the world on. */
export function effectOf(
  world: World,
  senderLabel: string,
  event: string,
  payload: unknown,
): Effect {
  const rule = RULES[event];
  if (rule === undefined) return { deliveries: [], apply: nothing };
  return rule(world, world.connection(senderLabel), payload as Payload);
}

/** The event a client receives when `event` is forwarded. */
export function forwardedAs(event: string): string {
  return event === "MESSAGE_SENT" ? "MESSAGE_RECEIVED" : event;
}

/**
 * Whether an accepted `event` moves connections between channels, which changes who
 * receives channel-scoped events: such steps never share a round with other valid steps.
 * (GROUP_MEMBER_REMOVED moves the removed user's connections, but the run only removes
 * users it made up, who have none.)
 */
export function movesConnections(event: string): boolean {
  return event === "USER_CHANGED_GROUP";
}

/** Whether `r` is the delivery `e`: same event, one argument, same payload but for the server's timestamp. */
export function deliveryMatches(e: Delivery, r: Received): boolean {
  if (r.event !== e.event || r.args.length !== 1) return false;
  const payload = r.args[0];
  if (typeof payload !== "object" || payload === null) return false;
  const { timestamp: _timestamp, ...rest } = payload as Record<string, unknown>;
  return isDeepStrictEqual(rest, e.payload);
}
