import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setSocketFactory } from '../../src/sync/sync-socket';

afterEach(() => cleanup());

// Components' tests stub fetch; jsdom's WebSocket would reach for a server that is not there.
setSocketFactory(null);
