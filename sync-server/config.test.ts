import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('defaults to 30-day sessions and no CORS origins', () => {
    const result = readConfig({});
    expect(result.ok && result.config).toMatchObject({ sessionDays: 30, corsOrigins: [] });
  });

  it('reads SESSION_DAYS, CORS_ORIGINS and TRUST_PROXY', () => {
    const result = readConfig({
      SESSION_DAYS: '14',
      CORS_ORIGINS: 'https://a.example, https://b.example:8443',
      TRUST_PROXY: '1',
    });
    expect(result.ok && result.config).toMatchObject({
      sessionDays: 14,
      corsOrigins: ['https://a.example', 'https://b.example:8443'],
      trustProxy: 1,
    });
  });

  it('names each bad setting', () => {
    const result = readConfig({ SESSION_DAYS: '0', CORS_ORIGINS: 'https://a.example/app,*' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.some((p) => p.startsWith('SESSION_DAYS'))).toBe(true);
      expect(result.problems.filter((p) => p.startsWith('CORS_ORIGINS'))).toHaveLength(2);
    }
  });
});
