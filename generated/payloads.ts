/* eslint-disable */
// GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.

/**
 * A user, group or channel identifier.
 *
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "Identifier".
 */
export type Identifier = string;
/**
 * RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.
 *
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "Timestamp".
 */
export type Timestamp = string;
/**
 * The text of a chat message.
 *
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "MessageText".
 */
export type MessageText = string;
/**
 * A file's name, without any path (no `/`, `\` or NUL).
 *
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "FileName".
 */
export type FileName = string;
/**
 * A size in bytes, from 0 to 2^53-1.
 *
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "FileSize".
 */
export type FileSize = number;
/**
 * A user's presence status.
 *
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "UserStatus".
 */
export type UserStatus = "online" | "offline" | "busy" | "away";
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "NonEmptyString".
 */
export type NonEmptyString = string;
/**
 * An UPPER_SNAKE_CASE error code.
 *
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "ErrorCode".
 */
export type ErrorCode = string;

/**
 * The payload of every event of the contract, by wire event name.
 */
export interface EventPayloads {
  USER_CONNECTED: UserConnectedPayload;
  USER_DISCONNECTED: UserDisconnectedPayload;
  MESSAGE_SENT: MessageSentPayload;
  MESSAGE_RECEIVED: MessageReceivedPayload;
  FILE_UPLOADED: FileUploadedPayload;
  USER_STATUS_CHANGED: UserStatusChangedPayload;
  GROUP_CREATED: GroupCreatedPayload;
  GROUP_MEMBER_ADDED: GroupMemberAddedPayload;
  GROUP_MEMBER_REMOVED: GroupMemberRemovedPayload;
  NOTIFICATION_RECEIVED: NotificationReceivedPayload;
  USER_SETTINGS_UPDATED: UserSettingsUpdatedPayload;
  ERROR_OCCURED: ErrorOccuredPayload;
  CONNECTION_ERROR: ConnectionErrorPayload;
  DATA_RECEIVED: DataReceivedPayload;
  USER_CHANGED_GROUP: UserChangedGroupPayload;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "UserConnectedPayload".
 */
export interface UserConnectedPayload {
  userId: Identifier;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "UserDisconnectedPayload".
 */
export interface UserDisconnectedPayload {
  userId: Identifier;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "MessageSentPayload".
 */
export interface MessageSentPayload {
  userId: Identifier;
  message: MessageText;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "MessageReceivedPayload".
 */
export interface MessageReceivedPayload {
  userId: Identifier;
  message: MessageText;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "FileUploadedPayload".
 */
export interface FileUploadedPayload {
  userId: Identifier;
  fileName: FileName;
  fileSize: FileSize;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "UserStatusChangedPayload".
 */
export interface UserStatusChangedPayload {
  userId: Identifier;
  newStatus: UserStatus;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "GroupCreatedPayload".
 */
export interface GroupCreatedPayload {
  groupId: Identifier;
  creatorId: Identifier;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "GroupMemberAddedPayload".
 */
export interface GroupMemberAddedPayload {
  groupId: Identifier;
  userId: Identifier;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "GroupMemberRemovedPayload".
 */
export interface GroupMemberRemovedPayload {
  groupId: Identifier;
  userId: Identifier;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "NotificationReceivedPayload".
 */
export interface NotificationReceivedPayload {
  userId: Identifier;
  notificationType: NonEmptyString;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "UserSettingsUpdatedPayload".
 */
export interface UserSettingsUpdatedPayload {
  userId: Identifier;
  settingName: NonEmptyString;
  /**
   * Any JSON value; the key must be present.
   */
  newValue: unknown;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "ErrorOccuredPayload".
 */
export interface ErrorOccuredPayload {
  errorCode: ErrorCode;
  errorMessage: NonEmptyString;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "ConnectionErrorPayload".
 */
export interface ConnectionErrorPayload {
  errorCode: ErrorCode;
  errorMessage: NonEmptyString;
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "DataReceivedPayload".
 */
export interface DataReceivedPayload {
  dataType: NonEmptyString;
  /**
   * A JSON object whose shape depends on `dataType`.
   */
  data: {
    [k: string]: unknown;
  };
  timestamp: Timestamp;
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "UserChangedGroupPayload".
 */
export interface UserChangedGroupPayload {
  userId: Identifier;
  /**
   * The destination channel: `general` or a group id. Servers emit the string form; clients may send either form.
   */
  newChannelId: Identifier | ChannelRef;
  timestamp: Timestamp;
}
/**
 * A channel as an object; only `id` is read, other keys are allowed.
 *
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "ChannelRef".
 */
export interface ChannelRef {
  id: Identifier;
  [k: string]: unknown;
}
/**
 * The `data` of DATA_RECEIVED when `dataType` is `SESSION_SNAPSHOT`.
 *
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "SessionSnapshot".
 */
export interface SessionSnapshot {
  userId: Identifier;
  channelId: "general";
  /**
   * The users with at least one open connection, this one included.
   */
  onlineUsers: Identifier[];
  /**
   * The groups this user is a member of.
   */
  groups: Identifier[];
}
/**
 * This interface was referenced by `EventPayloads`'s JSON-Schema
 * via the `definition` "HandshakeAuth".
 */
export interface HandshakeAuth {
  userId: Identifier;
  /**
   * The server's shared token, or, on a server that checks per-user JWTs, an HS256 JWT whose `sub` is `userId` and which has not expired.
   */
  token?: string;
  [k: string]: unknown;
}
