import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRecordsResponseSchema, RECORD_SCHEMAS } from '../../src/core/index';
import { createApp } from '../server';
import { createTestStorage, type TestStorage } from '../test-support/test-storage';
import { silentLogger } from '../test-support/silent-logger';

describe('demo records', () => {
  let storage: TestStorage;
  beforeAll(async () => (storage = await createTestStorage('sqlite')));
  afterAll(() => storage.dispose());

  it('serves valid synthetic records of the demo organisation when the demo is on', async () => {
    const app = createApp({ storage, logger: silentLogger, demo: true });
    const res = await request(app).get('/api/v1/demo/records?clients=5').expect(200);
    const body = demoRecordsResponseSchema.parse(res.body);
    expect(body.records.filter((r) => r.table === 'clients')).toHaveLength(5);
    for (const record of body.records)
      expect(RECORD_SCHEMAS[record.table].safeParse(record.fields).success, record.table).toBe(
        true,
      );
  });

  it('refuses a silly size and answers 404 when the demo is off', async () => {
    const app = createApp({ storage, logger: silentLogger, demo: true });
    const bad = await request(app).get('/api/v1/demo/records?clients=100000').expect(400);
    expect(bad.body.error.code).toBe('validation_failed');
    const off = createApp({ storage, logger: silentLogger, demo: false });
    await request(off).get('/api/v1/demo/records').expect(404);
  });
});
