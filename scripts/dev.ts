/**
 * `npm run dev`: the sync server restarting on change (port 8080, API only)
 * and Vite's dev server with hot reload (port 5173), which forwards /api to it.
 */
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', 'sync-server/index.ts'], {
    stdio: 'inherit',
    env: { ...process.env, STATIC_DIR: 'dev-dist-none' },
  }),
  spawn('npx', ['vite', '--host', '127.0.0.1'], { stdio: 'inherit' }),
];

function stop() {
  for (const child of children) child.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());
