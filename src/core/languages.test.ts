import { describe, expect, it } from 'vitest';
import { textDirection, UI_LANGUAGES } from './languages';

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-SY', 'rtl'],
    ['fa', 'rtl'],
    ['FA-ir', 'rtl'],
    ['ps', 'rtl'],
    ['de', 'ltr'],
    ['uk', 'ltr'],
    ['xx', 'ltr'],
  ])('%s is %s', (tag, dir) => {
    expect(textDirection(tag)).toBe(dir);
  });

  it('offers German first and English as interface languages', () => {
    expect(UI_LANGUAGES.slice(0, 2)).toEqual(['de', 'en']);
  });
});
