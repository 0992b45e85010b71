// A mixed, labelled corpus of payloads for all 15 events: half valid, half broken in one
// known way each, with realistic sizes (chat messages from a few words to a few KB,
// settings values as nested objects, session snapshots with dozens of users). Seeded, so
// every run validates the same payloads.
import { EVENT_NAMES, type EventName } from "../../src/contract/index.ts";

export interface CorpusItem {
  event: EventName;
  payload: unknown;
  /** What the contract says: a validator that disagrees is wrong (or the corpus is). */
  valid: boolean;
  /** For an invalid item, how it was broken, e.g. "message-too-long". */
  defect?: string;
}

export interface CorpusOptions {
  /** Items per event; half valid, half invalid. */
  perEvent: number;
  seed: number;
}

type Payload = Record<string, unknown>;

/** mulberry32: tiny, fast, good enough to vary test data reproducibly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "alice",
  "bob",
  "carol",
  "dmitri",
  "eun-ji",
  "farah",
  "gustavo",
  "hana",
  "ivan",
  "jules",
];
const LAST = ["martin", "nguyen", "okafor", "schmidt", "tanaka", "silva", "kowalski", "haddad"];
const TEAMS = ["design", "backend", "release", "oncall", "marketing", "support", "data", "mobile"];
const WORDS = (
  "the deploy is green again but the staging database still lags behind by a few minutes " +
  "could someone review my pull request before lunch we should move the retro to thursday " +
  "café déjà vu naïve résumé über straße ciao 你好 こんにちは спасибо"
).split(" ");
const EMOJI = ["🍜", "🎉", "👍", "🚀", "😅", "✅"];
const EXTENSIONS = ["pdf", "png", "docx", "csv", "zip", "mp4"];
const STATUSES = ["online", "offline", "busy", "away"];
const ERROR_CODES = ["INVALID_PAYLOAD", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "RATE_LIMITED"];

class Gen {
  constructor(readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  userId(): string {
    const first = this.pick(FIRST);
    return this.chance(0.5)
      ? `${first}.${this.pick(LAST)}${this.int(1, 99)}`
      : `user-${this.int(1000, 999999)}`;
  }
  groupId(): string {
    return `${this.pick(TEAMS)}-${this.int(1, 999)}`;
  }
  ids(count: number, make: () => string): string[] {
    return Array.from({ length: count }, make);
  }
  timestamp(): string {
    return new Date(Date.UTC(2026, 10, 28) + this.int(0, 86_400_000 - 1)).toISOString();
  }
  /** Text of exactly `length` code points (the unit maxLength counts). */
  text(length: number): string {
    const parts: string[] = [];
    let count = 0;
    while (count <= length) {
      const word = this.chance(0.05) ? this.pick(EMOJI) : this.pick(WORDS);
      parts.push(word);
      count += [...word].length + 1; // the word and the space after it
    }
    return [...parts.join(" ")].slice(0, length).join("");
  }
  /** Mostly short chat lines, some paragraphs, a few pasted logs near the 4000 limit. */
  messageLength(): number {
    const r = this.random();
    if (r < 0.6) return this.int(5, 200);
    if (r < 0.9) return this.int(200, 1200);
    return this.int(1200, 3900);
  }
  settingValue(): unknown {
    switch (this.int(0, 4)) {
      case 0:
        return this.pick(["dark", "light", "system"]);
      case 1:
        return this.chance(0.5);
      case 2:
        return this.ids(this.int(3, 20), () => this.groupId());
      default:
        return {
          email: {
            enabled: this.chance(0.5),
            digest: this.pick(["daily", "weekly"]),
            categories: ["mentions", "groups"],
          },
          push: {
            enabled: true,
            sound: this.pick(["chime", "none"]),
            quietHours: {
              from: "22:00",
              to: "07:00",
              days: ["sat", "sun"],
              timezone: "Europe/Paris",
            },
          },
          mutedChannels: this.ids(this.int(2, 15), () => this.groupId()),
          keywords: this.ids(this.int(1, 8), () => this.pick(WORDS)),
        };
    }
  }
}

/** One valid payload per event, sized like real traffic. */
const VALID: Record<EventName, (g: Gen) => Payload> = {
  USER_CONNECTED: (g) => ({ userId: g.userId(), timestamp: g.timestamp() }),
  USER_DISCONNECTED: (g) => ({ userId: g.userId(), timestamp: g.timestamp() }),
  MESSAGE_SENT: (g) => ({
    userId: g.userId(),
    message: g.text(g.messageLength()),
    timestamp: g.timestamp(),
  }),
  MESSAGE_RECEIVED: (g) => ({
    userId: g.userId(),
    message: g.text(g.messageLength()),
    timestamp: g.timestamp(),
  }),
  FILE_UPLOADED: (g) => ({
    userId: g.userId(),
    fileName: `${g.pick(TEAMS)} ${g.pick(WORDS)}-${g.int(1, 9999)}.${g.pick(EXTENSIONS)}`,
    fileSize: g.int(0, 2 ** 40),
    timestamp: g.timestamp(),
  }),
  USER_STATUS_CHANGED: (g) => ({
    userId: g.userId(),
    newStatus: g.pick(STATUSES),
    timestamp: g.timestamp(),
  }),
  GROUP_CREATED: (g) => ({ groupId: g.groupId(), creatorId: g.userId(), timestamp: g.timestamp() }),
  GROUP_MEMBER_ADDED: (g) => ({
    groupId: g.groupId(),
    userId: g.userId(),
    timestamp: g.timestamp(),
  }),
  GROUP_MEMBER_REMOVED: (g) => ({
    groupId: g.groupId(),
    userId: g.userId(),
    timestamp: g.timestamp(),
  }),
  NOTIFICATION_RECEIVED: (g) => ({
    userId: g.userId(),
    notificationType: g.pick(["GROUP_MEMBER_ADDED", "GROUP_MEMBER_REMOVED"]),
    timestamp: g.timestamp(),
  }),
  USER_SETTINGS_UPDATED: (g) => ({
    userId: g.userId(),
    settingName: g.pick(["theme", "notifications", "mutedChannels", "compactMode"]),
    newValue: g.settingValue(),
    timestamp: g.timestamp(),
  }),
  ERROR_OCCURED: (g) => ({
    errorCode: g.pick(ERROR_CODES),
    errorMessage: `MESSAGE_SENT /message: ${g.text(g.int(10, 120))}`,
    timestamp: g.timestamp(),
  }),
  CONNECTION_ERROR: (g) => ({
    errorCode: g.pick(["AUTH_REQUIRED", "AUTH_INVALID"]),
    errorMessage: "auth.userId is required: a string of 1 to 64 characters",
    timestamp: g.timestamp(),
  }),
  DATA_RECEIVED: (g) => ({
    dataType: "SESSION_SNAPSHOT",
    data: {
      userId: g.userId(),
      channelId: "general",
      onlineUsers: g.ids(g.int(12, 80), () => g.userId()),
      groups: g.ids(g.int(3, 30), () => g.groupId()),
    },
    timestamp: g.timestamp(),
  }),
  USER_CHANGED_GROUP: (g) => ({
    userId: g.userId(),
    newChannelId: g.chance(0.7)
      ? g.groupId()
      : {
          id: g.groupId(),
          name: g.text(g.int(5, 30)),
          members: g.ids(g.int(2, 20), () => g.userId()),
        },
    timestamp: g.timestamp(),
  }),
};

type Breaker = (g: Gen, p: Payload) => string;

/** Fields whose value any JSON value satisfies: changing their type breaks nothing. */
const ANY_TYPE = new Set(["newValue"]);

/** Generic defects that apply to every event: one of them per broken item. */
const GENERIC: Breaker[] = [
  (g, p) => {
    delete p[g.pick(Object.keys(p))];
    return "missing-field";
  },
  (g, p) => {
    p[g.pick(["clientVersion", "channel", "extra"])] = g.pick(["2.3.1", 42, { debug: true }]);
    return "extra-field";
  },
  (g, p) => {
    const key = g.pick(Object.keys(p).filter((k) => !ANY_TYPE.has(k)));
    // A string becomes a number and anything else a string or number: never a value the
    // field's schema also allows (an object newChannelId turned into a string would be valid).
    p[key] = typeof p[key] === "number" ? String(p[key]) : g.int(0, 1e6);
    return "wrong-type";
  },
  (g, p) => {
    p["timestamp"] = g.pick([
      "2026-11-28 10:00:00",
      "2026-11-28T10:00:00+01:00",
      "2026-02-30T10:00:00.000Z",
      "yesterday",
    ]);
    return "bad-timestamp";
  },
];

/** Defects only some events can have, tied to their own constraints. */
const SPECIFIC: Partial<Record<EventName, Breaker[]>> = {
  MESSAGE_SENT: [
    (g, p) => ((p["message"] = g.text(g.int(4001, 4400))), "message-too-long"),
    (_g, p) => ((p["message"] = ""), "message-empty"),
  ],
  MESSAGE_RECEIVED: [(g, p) => ((p["message"] = g.text(g.int(4001, 4400))), "message-too-long")],
  FILE_UPLOADED: [
    (g, p) => ((p["fileName"] = `../uploads/${g.pick(WORDS)}.pdf`), "file-name-with-path"),
    (g, p) => ((p["fileSize"] = g.pick([-1, 1.5])), "file-size-not-natural"),
  ],
  USER_STATUS_CHANGED: [(_g, p) => ((p["newStatus"] = "invisible"), "status-not-in-enum")],
  GROUP_CREATED: [(g, p) => ((p["groupId"] = g.text(65).replace(/ /g, "-")), "id-too-long")],
  ERROR_OCCURED: [(_g, p) => ((p["errorCode"] = "forbidden"), "error-code-not-upper-snake")],
  CONNECTION_ERROR: [(_g, p) => ((p["errorCode"] = "Auth Required"), "error-code-not-upper-snake")],
  DATA_RECEIVED: [
    (_g, p) => (((p["data"] as Payload)["channelId"] = "random"), "snapshot-channel-not-general"),
    (g, p) => {
      const users = (p["data"] as { onlineUsers: unknown[] }).onlineUsers;
      users[g.int(0, users.length - 1)] = g.pick([42, ""]);
      return "snapshot-bad-user-deep-in-list";
    },
  ],
  USER_CHANGED_GROUP: [
    (_g, p) => ((p["newChannelId"] = { name: "General" }), "channel-ref-without-id"),
  ],
  USER_SETTINGS_UPDATED: [(_g, p) => (delete p["newValue"], "setting-value-missing")],
};

function broken(g: Gen, event: EventName, payload: Payload): { payload: Payload; defect: string } {
  // The event's own defects listed twice: weighted about as much as the generic ones.
  const own = SPECIFIC[event] ?? [];
  const breakers = [...GENERIC, ...own, ...own];
  const defect = g.pick(breakers)(g, payload);
  return { payload, defect };
}

/** Every event, `perEvent` items each (valid and invalid alternating), shuffled together. */
export function buildCorpus(options: CorpusOptions): CorpusItem[] {
  const g = new Gen(prng(options.seed));
  const items: CorpusItem[] = [];
  for (const event of EVENT_NAMES) {
    for (let i = 0; i < options.perEvent; i++) {
      const payload = VALID[event](g);
      if (i % 2 === 0) items.push({ event, payload, valid: true });
      else items.push({ event, valid: false, ...broken(g, event, payload) });
    }
  }
  // Fisher-Yates with the same generator: a mixed stream, not fifteen blocks.
  for (let i = items.length - 1; i > 0; i--) {
    const j = g.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export interface CorpusStats {
  items: number;
  valid: number;
  invalid: number;
  events: number;
  meanBytes: number;
  maxBytes: number;
}

export function corpusStats(items: readonly CorpusItem[]): CorpusStats {
  const sizes = items.map((item) => Buffer.byteLength(JSON.stringify(item.payload)));
  const valid = items.filter((item) => item.valid).length;
  return {
    items: items.length,
    valid,
    invalid: items.length - valid,
    events: new Set(items.map((item) => item.event)).size,
    meanBytes: Math.round(sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length)),
    maxBytes: Math.max(0, ...sizes),
  };
}
