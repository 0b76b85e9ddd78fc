import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core/index';
import { Kysely, SqliteDialect } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { createApp } from '../server';
import { silentLogger } from '../test-support/silent-logger';

describe('unexpected errors', () => {
  it('answer 500 with a plain message, no stack trace, and the server keeps serving', async () => {
    // A database whose every query fails, as a broken disk would.
    const broken = new Kysely<ServerDatabase>({
      dialect: new SqliteDialect({
        database: {
          close() {},
          prepare() {
            throw new Error('SQLITE_IOERR: disk I/O error in /srv/lotse/data.sqlite');
          },
        },
      }),
    });
    const app = createApp({ storage: { kind: 'sqlite', db: broken }, logger: silentLogger });

    const res = await request(app).get('/api/health').expect(500);
    expect(res.body.error.code).toBe(ErrorCode.internal);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/at .*\(|\.ts:\d+|driver|sqlite/i);

    const next = await request(app).get('/api/nothing').expect(404);
    expect(next.body.error.code).toBe(ErrorCode.notFound);
  });
});
