/** At this many wrong PINs in a row the account's data on this device is deleted. */
export const MAX_PIN_ATTEMPTS = 5;
/** From this many wrong PINs on, the unlock screen warns of the deletion. */
export const WARN_FROM_ATTEMPTS = 3;
