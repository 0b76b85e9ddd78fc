/**
 * `npm start`: builds the PWA when the sources are newer than the last build,
 * then starts the sync server, which serves the app and the API.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];
const BUILD_OUTPUT = 'dist/index.html';

function newestModification(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((newest, child) => Math.max(newest, newestModification(path.join(entry, child))), 0);
}

function buildIsStale(): boolean {
  if (!fs.existsSync(BUILD_OUTPUT)) return true;
  const builtAt = fs.statSync(BUILD_OUTPUT).mtimeMs;
  return BUILD_INPUTS.some((input) => newestModification(input) > builtAt);
}

if (buildIsStale()) {
  console.log('Building the app (first start or changed sources) …');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
}

await import('../sync-server/index');
