import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { ClientExport } from '../../src/core/index';
import { bidiLines, hasRightToLeft } from './bidi-lines';
import { PDF_FIELD_LABELS, PDF_TABLE_TITLES } from './pdf-labels';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
// DejaVu covers Latin, Cyrillic, Greek and Arabic script; the PDF's standard fonts cover Western Europe only.
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

const ORDER = [
  'clients',
  'caseFiles',
  'households',
  'plans',
  'goals',
  'steps',
  'reviews',
  'planVersions',
  'indicators',
  'contacts',
  'referrals',
  'conflicts',
];
const INTERNAL_FIELDS = new Set([
  'id',
  'caseId',
  'clientId',
  'planId',
  'goalId',
  'partnerId',
  'householdId',
  'deleted',
  'stamp',
  'winnerStamp',
  'recordId',
]);

function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.length ? value.map(text).join(', ') : '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * A value with right-to-left script (a goal in Arabic, a name in Persian):
 * in lines of its own, each ordered by the Unicode Bidirectional Algorithm,
 * set flush right when the value itself runs right to left.
 */
function writeBidi(doc: PDFKit.PDFDocument, value: string): void {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const widthOf = (piece: string) => doc.widthOfString(piece);
  for (const line of bidiLines(value, widthOf, right - left)) {
    const height = doc.currentLineHeight(true);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = line.rightToLeft ? right - line.pieces.reduce((w, p) => w + widthOf(p), 0) : left;
    for (const piece of line.pieces) {
      if (piece.trim()) doc.text(piece, x, y, { lineBreak: false });
      x += widthOf(piece);
    }
    doc.x = left;
    doc.y = y + height;
  }
}

/**
 * The right-of-access export as a document a person can read: the client's
 * data by section with German labels, every stored field (ids left out; the
 * JSON export has them). Built on the server, so that every export is logged.
 */
export function renderClientPdf(data: ClientExport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: 'Auskunft nach Art. 15 DSGVO' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );

  doc.font(BOLD).fontSize(18).text('Auskunft über gespeicherte Daten (Art. 15 DSGVO)');
  doc
    .moveDown(0.5)
    .font(REGULAR)
    .fontSize(10)
    .text(
      `${data.organisation} · erstellt am ${new Date(data.exportedAt).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })}`,
    )
    .text(`Person: ${data.clientId} · Fallakte: ${data.caseId}`);

  const tables = [
    ...ORDER.filter((t) => data.records[t]),
    ...Object.keys(data.records).filter((t) => !ORDER.includes(t)),
  ];
  for (const table of tables) {
    const records = data.records[table]!;
    doc
      .moveDown(1)
      .font(BOLD)
      .fontSize(14)
      .text(`${PDF_TABLE_TITLES[table] ?? table} (${records.length})`);
    records.forEach((record, index) => {
      if (records.length > 1)
        doc
          .moveDown(0.4)
          .font(BOLD)
          .fontSize(10)
          .text(`${index + 1}.`);
      for (const [field, value] of Object.entries(record)) {
        if (INTERNAL_FIELDS.has(field)) continue;
        const label = PDF_FIELD_LABELS[field] ?? field;
        const shown = text(value);
        if (hasRightToLeft(shown)) {
          doc.font(BOLD).fontSize(9).text(`${label}:`);
          writeBidi(doc.font(REGULAR), shown);
          continue;
        }
        doc.font(BOLD).fontSize(9).text(`${label}: `, { continued: true });
        doc.font(REGULAR).text(shown);
      }
    });
  }
  doc.end();
  return done;
}
