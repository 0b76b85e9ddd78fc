/**
 * The JavaScript a manager's tablet must load before the first screen shows:
 * the entry chunk (with the caseload screen), everything it imports statically,
 * and the German texts — gzip-compressed, as they travel. Fails the
 * build when it passes the budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { INITIAL_NAMESPACES } from '../src/i18n/namespaces';

export const FIRST_SCREEN_BUDGET_BYTES = 150 * 1024;

// The caseload page itself is imported statically by the app shell, so it is inside the entry.
const FIRST_SCREEN_SOURCES = [...INITIAL_NAMESPACES.map((ns) => `src/i18n/locales/de/${ns}.json`)];

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BudgetReport {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
  budgetBytes: number;
}

export function measureFirstScreen(distDir = 'dist'): BudgetReport {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const needed = new Set<string>();
  const visit = (key: string) => {
    if (needed.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build has no chunk for ${key}`);
    needed.add(key);
    chunk.imports?.forEach(visit);
  };
  Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .forEach(([key]) => visit(key));
  FIRST_SCREEN_SOURCES.forEach(visit);

  const files = [...needed]
    .map((key) => manifest[key]!.file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({
      file,
      gzipBytes: gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length,
    }));
  return {
    files,
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    budgetBytes: FIRST_SCREEN_BUDGET_BYTES,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = measureFirstScreen();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const f of report.files) console.log(`  ${f.file.padEnd(48)} ${kb(f.gzipBytes)} gzip`);
  const verdict = report.totalGzipBytes <= report.budgetBytes ? 'within' : 'OVER';
  console.log(
    `First-screen JavaScript: ${kb(report.totalGzipBytes)} gzip (${verdict} the budget of ${kb(report.budgetBytes)})`,
  );
  if (verdict === 'OVER') process.exit(1);
}
