/* eslint-disable */
// GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.

import type { ErrorObject } from "ajv";

/** A precompiled ajv validator: returns true when valid, else sets `errors`. */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const USER_CONNECTED: StandaloneValidator;
export declare const USER_DISCONNECTED: StandaloneValidator;
export declare const MESSAGE_SENT: StandaloneValidator;
export declare const MESSAGE_RECEIVED: StandaloneValidator;
export declare const FILE_UPLOADED: StandaloneValidator;
export declare const USER_STATUS_CHANGED: StandaloneValidator;
export declare const GROUP_CREATED: StandaloneValidator;
export declare const GROUP_MEMBER_ADDED: StandaloneValidator;
export declare const GROUP_MEMBER_REMOVED: StandaloneValidator;
export declare const NOTIFICATION_RECEIVED: StandaloneValidator;
export declare const USER_SETTINGS_UPDATED: StandaloneValidator;
export declare const ERROR_OCCURED: StandaloneValidator;
export declare const CONNECTION_ERROR: StandaloneValidator;
export declare const DATA_RECEIVED: StandaloneValidator;
export declare const USER_CHANGED_GROUP: StandaloneValidator;
export declare const HANDSHAKE_AUTH: StandaloneValidator;

/**
 * The same validators in one pass that lists every error: the verdict, and when invalid
 * `errors` holds every error (what validateEvent() turns into violations).
 */
export declare const allErrors: Readonly<{
  USER_CONNECTED: StandaloneValidator;
  USER_DISCONNECTED: StandaloneValidator;
  MESSAGE_SENT: StandaloneValidator;
  MESSAGE_RECEIVED: StandaloneValidator;
  FILE_UPLOADED: StandaloneValidator;
  USER_STATUS_CHANGED: StandaloneValidator;
  GROUP_CREATED: StandaloneValidator;
  GROUP_MEMBER_ADDED: StandaloneValidator;
  GROUP_MEMBER_REMOVED: StandaloneValidator;
  NOTIFICATION_RECEIVED: StandaloneValidator;
  USER_SETTINGS_UPDATED: StandaloneValidator;
  ERROR_OCCURED: StandaloneValidator;
  CONNECTION_ERROR: StandaloneValidator;
  DATA_RECEIVED: StandaloneValidator;
  USER_CHANGED_GROUP: StandaloneValidator;
  HANDSHAKE_AUTH: StandaloneValidator;
}>;
