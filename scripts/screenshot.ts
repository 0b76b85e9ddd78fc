/**
 * Takes the README's screenshot of the built app at tablet size:
 *   npm run build && npx tsx scripts/screenshot.ts [path] [file]
 */
import { launchChromium } from '../tests/support/chromium';
import { startLotse } from '../tests/support/lotse-server';

const [route = '/', file = 'docs/screenshot.png'] = process.argv.slice(2);
const server = await startLotse();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
  await page.goto(`${server.url}${route}`);
  await page.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: file });
  console.log(`screenshot of ${route} written to ${file}`);
} finally {
  await browser.close();
  await server.close();
}
