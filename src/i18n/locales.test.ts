import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode, UI_LANGUAGES } from '@/core/index';

const localesDir = path.join(import.meta.dirname, 'locales');
const NAMESPACES = fs
  .readdirSync(path.join(localesDir, 'de'))
  .map((file) => file.replace('.json', ''));

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

function load(language: string, namespace: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(localesDir, language, `${namespace}.json`), 'utf8'));
}

describe('locales', () => {
  it.each(UI_LANGUAGES.filter((l) => l !== 'de'))('%s has exactly the keys German has', (lang) => {
    for (const namespace of NAMESPACES) {
      expect(keysOf(load(lang, namespace)).sort(), `${lang}/${namespace}`).toEqual(
        keysOf(load('de', namespace)).sort(),
      );
    }
  });

  it('has no empty text', () => {
    for (const lang of UI_LANGUAGES)
      for (const namespace of NAMESPACES)
        for (const key of keysOf(load(lang, namespace)))
          expect(
            key
              .split('.')
              .reduce<unknown>((node, part) => (node as never)[part], load(lang, namespace)),
            `${lang}/${namespace}:${key}`,
          ).not.toBe('');
  });

  it('explains every server error code', () => {
    const german = load('de', 'errors') as Record<string, string>;
    for (const code of Object.values(ErrorCode)) expect(german[code], code).toBeTruthy();
  });

  it('explains every reason a record can be refused', () => {
    const german = load('de', 'validation') as Record<string, string>;
    const sources = ['src/core', 'src/db']
      .flatMap((dir) =>
        fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)),
      )
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const keys = new Set<string>();
    for (const file of sources)
      for (const match of fs
        .readFileSync(file, 'utf8')
        .matchAll(/(?:params: \{ key|path: [^,{}]+, key): '([a-zA-Z]+)'/g))
        keys.add(match[1]!);
    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) expect(german[key], key).toBeTruthy();
  });
});
