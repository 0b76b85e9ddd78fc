/**
 * `npm run server:new-epoch`: gives the sync server's store a new identity
 * (epoch). Run it after restoring a backup: at their next sync every device
 * learns that the server may have lost changes, re-sends all it holds and
 * pulls again, so nothing written since the backup is lost. It reads the same
 * settings as the server (DATABASE_URL, or DATA_DIR for the SQLite file).
 */
import fs from 'node:fs';
import { readConfig } from '../sync-server/config';
import { openStorage } from '../sync-server/db/database';
import { readEpoch, rotateEpoch } from '../sync-server/sync/server-epoch';

const configResult = readConfig();
if (!configResult.ok) {
  console.error('The environment has invalid settings:');
  for (const problem of configResult.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const config = configResult.config;

// Opening a missing SQLite file would create an empty one: a wrong DATA_DIR must fail instead.
if (!config.databaseUrl && !fs.existsSync(config.sqlitePath)) {
  console.error(`There is no Lotse database at ${config.sqlitePath}. Check DATA_DIR.`);
  process.exit(1);
}

const storage = openStorage(
  config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'sqlite', file: config.sqlitePath },
);
try {
  const old = await readEpoch(storage.db);
  const next = await rotateEpoch(storage.db);
  console.log(`Server epoch (${storage.kind}): ${old} → ${next}`);
  console.log('Every device re-sends its data and pulls again at its next sync.');
} catch (error) {
  console.error('The epoch could not be changed. Has the server run on this database yet?');
  console.error(error);
  process.exitCode = 1;
} finally {
  await storage.db.destroy();
}
