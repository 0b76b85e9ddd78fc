import request from 'supertest';
import {
  createHlcClock,
  createId,
  createNodeId,
  SYNC_PROTOCOL_VERSION,
  syncResponseSchema,
  type PushedChange,
  type RecordRef,
  type SyncResponse,
} from '../../src/core/index';
import type { TestWorld } from './test-world';

interface SyncOptions {
  resend?: boolean;
  pageSize?: number;
  refetch?: RecordRef[];
}

/** A minimal device for server tests: its own HLC, token, epoch and cursor. */
export interface TestDevice {
  stamp(): string;
  sync(changes?: PushedChange[], options?: SyncOptions): Promise<request.Response>;
  /** Syncs and expects success; keeps epoch and cursor. */
  syncOk(changes?: PushedChange[], options?: SyncOptions): Promise<SyncResponse>;
  state: { epoch: string | null; cursor: string | null };
}

export function createTestDevice(world: TestWorld, token: string): TestDevice {
  const hlc = createHlcClock({ node: createNodeId(), now: () => world.clock.now().getTime() });
  const state = { epoch: null as string | null, cursor: null as string | null };
  const device: TestDevice = {
    state,
    stamp: () => hlc.tick(),
    sync: (changes = [], options = {}) =>
      request(world.app)
        .post('/api/v1/sync')
        .set('Authorization', `Bearer ${token}`)
        .send({
          protocol: SYNC_PROTOCOL_VERSION,
          epoch: state.epoch,
          cursor: state.cursor,
          changes,
          ...options,
        }),
    async syncOk(changes = [], options = {}) {
      const response = await device.sync(changes, options);
      if (response.status !== 200)
        throw new Error(`sync answered ${response.status}: ${JSON.stringify(response.body)}`);
      const body = syncResponseSchema.parse(response.body);
      state.epoch = body.epoch;
      state.cursor = body.cursor;
      return body;
    },
  };
  return device;
}

/** A valid new case file with its client, as a device would push them. */
export function newCaseChanges(stamp: string, day = '2026-01-15') {
  const caseId = createId();
  const clientId = createId();
  const changes: PushedChange[] = [
    {
      table: 'caseFiles',
      id: caseId,
      scope: caseId,
      stamp,
      fields: {
        clientId,
        caseNumber: `IM-2026-${caseId.slice(-4)}`,
        status: 'open',
        openedOn: day,
        statusSince: day,
        tags: [],
        assignedManagerIds: [],
      },
    },
    {
      table: 'clients',
      id: clientId,
      scope: caseId,
      stamp,
      fields: { firstName: 'Testa', lastName: 'Beispiel', languages: [], consentScopes: [] },
    },
  ];
  return { caseId, clientId, changes };
}
