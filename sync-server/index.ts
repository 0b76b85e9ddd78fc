import { readConfig } from './config';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION } from './demo/demo-accounts';
import { createLogger } from './logger';
import { startServer } from './start-server';

const configResult = readConfig();
if (!configResult.ok) {
  console.error(`Lotse cannot start: the environment has invalid settings:`);
  for (const problem of configResult.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const config = configResult.config;
const logger = createLogger(config.logLevel);

try {
  const server = await startServer(config, logger);
  logger.info(
    { url: server.url, storage: server.storage.kind, readyAfterMs: Math.round(performance.now()) },
    'sync server ready',
  );
  printBanner(server.url, server.storage.kind);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'sync server could not start');
  process.exit(1);
}

function printBanner(url: string, storage: string) {
  const lines = ['', `  Lotse läuft auf ${url}   (storage: ${storage})`, ''];
  if (config.demo) {
    lines.push(`  Demo-Organisation: ${DEMO_ORGANISATION.name}`);
    for (const account of DEMO_ACCOUNTS)
      lines.push(`    ${account.role.padEnd(11)} ${account.email.padEnd(34)} ${account.password}`);
    lines.push('', '  (Demo-Zugänge abschalten: DEMO=0)', '');
  }
  console.log(lines.join('\n'));
}
