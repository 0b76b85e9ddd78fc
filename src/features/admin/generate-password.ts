// No 0/O, 1/l/I: the password is read off a screen and typed on another device.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random initial password of 16 characters (about 93 bits), for the admin to hand over. */
export function generatePassword(length = 16): string {
  const limit = 256 - (256 % ALPHABET.length); // rejection sampling keeps every character equally likely
  const chars: string[] = [];
  while (chars.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && chars.length < length) chars.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  return chars.join('');
}
