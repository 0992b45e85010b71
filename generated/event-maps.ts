/* eslint-disable */
// GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.

import type {
  ConnectionErrorPayload,
  DataReceivedPayload,
  ErrorOccuredPayload,
  FileUploadedPayload,
  GroupCreatedPayload,
  GroupMemberAddedPayload,
  GroupMemberRemovedPayload,
  MessageReceivedPayload,
  MessageSentPayload,
  NotificationReceivedPayload,
  UserChangedGroupPayload,
  UserConnectedPayload,
  UserDisconnectedPayload,
  UserSettingsUpdatedPayload,
  UserStatusChangedPayload,
} from "./payloads.ts";

/** Events the server emits and clients listen to. */
export interface ServerToClientEvents {
  /** A user's first connection opened. */
  USER_CONNECTED: (payload: UserConnectedPayload) => void;
  /** A user's last connection closed. */
  USER_DISCONNECTED: (payload: UserDisconnectedPayload) => void;
  /** A chat message delivered to a channel's members. */
  MESSAGE_RECEIVED: (payload: MessageReceivedPayload) => void;
  /** A file was uploaded (metadata only). */
  FILE_UPLOADED: (payload: FileUploadedPayload) => void;
  /** A user's presence status changed. */
  USER_STATUS_CHANGED: (payload: UserStatusChangedPayload) => void;
  /** A new group (and channel) was created. */
  GROUP_CREATED: (payload: GroupCreatedPayload) => void;
  /** A user was added to a group. */
  GROUP_MEMBER_ADDED: (payload: GroupMemberAddedPayload) => void;
  /** A user was removed from a group. */
  GROUP_MEMBER_REMOVED: (payload: GroupMemberRemovedPayload) => void;
  /** A user is told that someone else changed their group membership. */
  NOTIFICATION_RECEIVED: (payload: NotificationReceivedPayload) => void;
  /** A user changed one of their settings. */
  USER_SETTINGS_UPDATED: (payload: UserSettingsUpdatedPayload) => void;
  /** The server rejected an event of this connection. */
  ERROR_OCCURED: (payload: ErrorOccuredPayload) => void;
  /** The server sends data to one connection. */
  DATA_RECEIVED: (payload: DataReceivedPayload) => void;
  /** A connection moved to another channel. */
  USER_CHANGED_GROUP: (payload: UserChangedGroupPayload) => void;
}

/** Events clients emit and the server listens to. */
export interface ClientToServerEvents {
  /** A client posts a chat message in its current channel. */
  MESSAGE_SENT: (payload: MessageSentPayload) => void;
  /** A file was uploaded (metadata only). */
  FILE_UPLOADED: (payload: FileUploadedPayload) => void;
  /** A user's presence status changed. */
  USER_STATUS_CHANGED: (payload: UserStatusChangedPayload) => void;
  /** A new group (and channel) was created. */
  GROUP_CREATED: (payload: GroupCreatedPayload) => void;
  /** A user was added to a group. */
  GROUP_MEMBER_ADDED: (payload: GroupMemberAddedPayload) => void;
  /** A user was removed from a group. */
  GROUP_MEMBER_REMOVED: (payload: GroupMemberRemovedPayload) => void;
  /** A user changed one of their settings. */
  USER_SETTINGS_UPDATED: (payload: UserSettingsUpdatedPayload) => void;
  /** A connection moved to another channel. */
  USER_CHANGED_GROUP: (payload: UserChangedGroupPayload) => void;
}

/** The `data` of the connect_error a client sees when its handshake is rejected. */
export type ConnectErrorData = ConnectionErrorPayload;
