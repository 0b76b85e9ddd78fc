/**
 * What a new PIN or passphrase must be. It derives the key that protects the
 * person's data on a lost tablet, so it must not be guessable in a few tries:
 * at least 6 digits, or at least 8 characters when it is not only digits; no
 * single repeated character and no run such as 123456 or 987654.
 */
export const MIN_PIN_DIGITS = 6;
export const MIN_PASSPHRASE_CHARACTERS = 8;

export const PinProblem = {
  tooShort: 'tooShort',
  tooSimple: 'tooSimple',
  mismatch: 'mismatch',
} as const;
export type PinProblem = (typeof PinProblem)[keyof typeof PinProblem];

function isRun(digits: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i++)
    steps.add((Number(digits[i]) - Number(digits[i - 1]) + 10) % 10);
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

export function checkNewPin(pin: string, repeated: string): PinProblem | undefined {
  const digitsOnly = /^\d+$/.test(pin);
  const length = [...pin].length;
  if (length < (digitsOnly ? MIN_PIN_DIGITS : MIN_PASSPHRASE_CHARACTERS))
    return PinProblem.tooShort;
  if (new Set(pin).size === 1 || (digitsOnly && isRun(pin))) return PinProblem.tooSimple;
  if (pin !== repeated) return PinProblem.mismatch;
  return undefined;
}
