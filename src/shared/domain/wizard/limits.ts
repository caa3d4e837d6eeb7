/** Sizes of what the user writes into a run (checked in main, shown as maxlength on screen). */
export const MAX_SKIP_REASON = 500
export const MAX_STEP_NOTES = 2000
export const MAX_CARRIER_NOTES = 5000
