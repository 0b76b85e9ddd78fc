import { describe, expect, it } from 'vitest';
import { checkNewPin } from './pin-rules';

describe('a new PIN or passphrase', () => {
  it('needs 6 digits, or 8 characters when it is not only digits', () => {
    expect(checkNewPin('48291', '48291')).toBe('tooShort');
    expect(checkNewPin('482915', '482915')).toBeUndefined();
    expect(checkNewPin('abc1234', 'abc1234')).toBe('tooShort');
    expect(checkNewPin('Sonne 7!', 'Sonne 7!')).toBeUndefined();
    // Characters, not UTF-16 units: an emoji counts once.
    expect(checkNewPin('😀😀😀😀ab1', '😀😀😀😀ab1')).toBe('tooShort');
  });

  it('refuses repetitions and runs of digits', () => {
    for (const pin of ['111111', '123456', '987654', '890123', 'aaaaaaaa'])
      expect(checkNewPin(pin, pin), pin).toBe('tooSimple');
    expect(checkNewPin('135790', '135790')).toBeUndefined();
  });

  it('must be typed the same twice', () => {
    expect(checkNewPin('482915', '482916')).toBe('mismatch');
  });
});
