/**
 * Renders public/icons/icon.svg to the PNG icons the manifest names, and a
 * favicon.ico, with the machine's Chromium. Run after changing the SVG:
 *   npx tsx scripts/make-icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium';

const iconsDir = path.resolve('public/icons');
const svg = fs.readFileSync(path.join(iconsDir, 'icon.svg'), 'utf8');

const browser = await launchChromium();
const page = await browser.newPage();

async function render(size: number, padding: number, background: string): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * padding;
  await page.setContent(
    `<body style="margin:0;background:${background}"><div style="padding:${padding}px">` +
      svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `) +
      `</div></body>`,
  );
  return page.screenshot({ omitBackground: background === 'transparent' });
}

const outputs: [string, Buffer][] = [
  ['icon-192.png', await render(192, 0, 'transparent')],
  ['icon-512.png', await render(512, 0, 'transparent')],
  // Maskable: the whole square is painted and the motif stays inside the 80 % safe zone.
  ['icon-maskable-512.png', await render(512, 52, '#0b4f6c')],
  ['apple-touch-icon.png', await render(180, 0, '#0b4f6c')],
];
for (const [name, png] of outputs) fs.writeFileSync(path.join(iconsDir, name), png);

// An .ico may hold a PNG as its one image: a 6-byte header, a 16-byte entry, then the PNG.
const favicon = await render(32, 0, 'transparent');
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(favicon.length, 14);
header.writeUInt32LE(22, 18);
fs.writeFileSync(path.resolve('public/favicon.ico'), Buffer.concat([header, favicon]));

await browser.close();
console.log(`icons written to ${iconsDir}`);
