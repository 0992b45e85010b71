// A frame that arrives but breaks the contract: not one argument, or a payload its
// event's schema rejects. When it is the event a step waits for, at the connection the
// step watches, it is the step's effect — broken — and ends the wait at once: judging names
// what is wrong with it, instead of a timeout naming what never came.
import { isContractEvent, validateEvent } from "../../contract/index.ts";
import type { Received } from "./fuzz-client.ts";

export function breaksContract(r: Received): boolean {
  if (r.args.length !== 1) return true;
  return isContractEvent(r.event) && validateEvent(r.event, r.args[0]).length > 0;
}
