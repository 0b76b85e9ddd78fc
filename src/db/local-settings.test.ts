import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { readSetting, SettingKey, writeSetting } from './local-settings';

describe('local settings', () => {
  beforeEach(() => db.localSettings.clear());

  it('keeps a value across a reopened database', async () => {
    expect(await readSetting(SettingKey.language)).toBeUndefined();
    await writeSetting(SettingKey.language, 'en');
    db.close();
    await db.open();
    expect(await readSetting<string>(SettingKey.language)).toBe('en');
  });

  it('opens every domain table of the current schema version', async () => {
    await db.open();
    const names = db.tables.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'clients',
        'caseFiles',
        'goals',
        'steps',
        'conflicts',
        'localOutbox',
      ]),
    );
    expect(names).not.toContain('localConflicts');
    expect(db.verno).toBe(2);
  });
});
