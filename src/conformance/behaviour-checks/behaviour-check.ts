/** A behaviour check as reports list it; its logic and wording live beside it, in its file. */
export interface BehaviourCheck {
  name: string;
  description: string;
}
