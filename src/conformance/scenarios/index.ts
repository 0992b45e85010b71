// Every scenario, in run order: later ones build on the connections, groups and channels
// earlier ones leave (see each one's `needs`).
import { channelChange } from "./channel-change.ts";
import { fileUpload } from "./file-upload.ts";
import { groupRouting } from "./group-routing.ts";
import { groups } from "./groups.ts";
import { handshakeWithoutUser, handshakeWithWrongToken } from "./handshakes.ts";
import { jwtOfAnotherUser } from "./jwt-identity.ts";
import { memberRemoval } from "./member-removal.ts";
import { messaging } from "./messaging.ts";
import { payloadLimits } from "./payload-limits.ts";
import { presenceOnConnect } from "./presence-on-connect.ts";
import { presenceOnDisconnect } from "./presence-on-disconnect.ts";
import { rejections } from "./rejections.ts";
import type { Scenario } from "./scenario.ts";
import { settingsSync } from "./settings-sync.ts";
import { snapshotGroups } from "./snapshot-groups.ts";
import { status } from "./status.ts";

export type { Scenario } from "./scenario.ts";

export const SCENARIOS: readonly Scenario[] = [
  presenceOnConnect,
  messaging,
  fileUpload,
  status,
  groups,
  snapshotGroups,
  channelChange,
  groupRouting,
  settingsSync,
  memberRemoval,
  payloadLimits,
  ...rejections,
  handshakeWithoutUser,
  handshakeWithWrongToken,
  jwtOfAnotherUser,
  presenceOnDisconnect,
];
