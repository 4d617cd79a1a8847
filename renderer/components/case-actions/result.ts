// What an action on a case reports back, for the banner the case page shows after it.
export interface ActionResult {
  /** "Extension recorded", "Moved to Recourse body". */
  title: string;
  /** The case's due date after the action, when the action moved the clocks. */
  dueAt?: string | null;
  warnings: string[];
  /** Facts the history cannot show, for the DPO to check (ladder moves). */
  toConfirm?: string[];
}
