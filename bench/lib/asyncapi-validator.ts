// asyncapi-validator 5.1.1, the npm package people use to validate messages against an
// AsyncAPI document, set up the way its README says: fromSource(document, { msgIdentifier })
// then validate(key, payload, channel, operation), which throws on an invalid payload.
//
// One repair is needed before it can see our contract. For AsyncAPI 3 it builds its
// channel -> action -> message map one operation at a time and each operation REPLACES the
// previous one with the same channel and action, so of our 14 `send` and 8 `receive`
// operations on `chat` only the last of each survives (CONNECTION_ERROR, USER_CHANGED_GROUP):
// https://github.com/WaleedAshraf/asyncapi-validator/issues/73
// (fix proposed in PR #78, unreleased). We rebuild that map with the merge the fix makes,
// from the package's own dereferenced document; validate() itself is untouched, so what is
// timed is the package's own code path.
import AsyncApiValidator from "asyncapi-validator";
import { EVENTS, type EventName } from "../../src/contract/index.ts";

type Action = "send" | "receive";

interface ParsedMessage {
  name?: string;
  payload?: unknown;
}

interface ValidatorInternals {
  schema: {
    operations?: Record<
      string,
      { action: Action; channel: Record<string, unknown>; messages: ParsedMessage[] }
    >;
  };
  _channels: Record<string, Partial<Record<Action, Record<string, ParsedMessage>>>>;
  validate(key: string, payload: unknown, channel: string, operation: Action): boolean;
}

export interface AsyncApiValidatorAdapter {
  /** The channel key asyncapi-validator uses for our namespace `/` ("chat"). */
  channel: string;
  /** Messages the package could find on its own (its channel map before the repair). */
  messagesBeforeRepair: number;
  /** Messages after merging every operation's messages. */
  messagesAfterRepair: number;
  /** True when valid; false when the package threw its ValidationError. */
  isValid(event: EventName, payload: unknown): boolean;
}

/** The operation action asyncapi-validator needs: `send` for what the server emits. */
export function actionOf(event: EventName): Action {
  const directions: readonly string[] = EVENTS[event].directions;
  return directions.includes("server-to-client") ? "send" : "receive";
}

function countMessages(channels: ValidatorInternals["_channels"]): number {
  let count = 0;
  for (const byAction of Object.values(channels)) {
    for (const messages of Object.values(byAction)) count += Object.keys(messages ?? {}).length;
  }
  return count;
}

function mergeOperations(validator: ValidatorInternals): void {
  const channels: ValidatorInternals["_channels"] = {};
  for (const operation of Object.values(validator.schema.operations ?? {})) {
    const channel = String(operation.channel["x-parser-unique-object-id"]);
    const byAction = (channels[channel] ??= {});
    const messages = (byAction[operation.action] ??= {});
    for (const message of operation.messages) if (message.name) messages[message.name] = message;
  }
  validator._channels = channels;
}

export async function loadAsyncApiValidator(specPath: string): Promise<AsyncApiValidatorAdapter> {
  const validator = (await AsyncApiValidator.fromSource(specPath, {
    msgIdentifier: "name",
  })) as unknown as ValidatorInternals;
  const messagesBeforeRepair = countMessages(validator._channels);
  mergeOperations(validator);
  const channel = "chat";
  for (const event of Object.keys(EVENTS) as EventName[]) {
    if (!validator._channels[channel]?.[actionOf(event)]?.[event]) {
      throw new Error(
        `asyncapi-validator: no message ${event} for ${actionOf(event)} on channel "${channel}"`,
      );
    }
  }
  return {
    channel,
    messagesBeforeRepair,
    messagesAfterRepair: countMessages(validator._channels),
    isValid(event, payload) {
      try {
        return validator.validate(event, payload, channel, actionOf(event));
      } catch (error) {
        if ((error as Error).name === "AsyncAPIValidationError") return false;
        throw error;
      }
    },
  };
}
