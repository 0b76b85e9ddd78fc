/**
 * Takes the README's screenshot of the built app at tablet size, logged in as
 * the demo manager after the first sync has brought the demo organisation's caseload:
 *   npm run build && npx tsx scripts/screenshot.ts [path] [file] [demo|empty]
 */
import { launchChromium } from '../tests/support/chromium';
import { logInOnDevice } from '../tests/support/device-login';
import { startLotse } from '../tests/support/lotse-server';

const [route = '/', file = 'docs/screenshot.png', demo = 'demo'] = process.argv.slice(2);
const server = await startLotse({ demoClients: demo === 'demo' ? 150 : 0 });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
  await page.goto(server.url);
  await logInOnDevice(page);
  if (demo === 'demo') await page.getByText(/Synchronisiert um/).waitFor({ timeout: 60_000 });
  await page.evaluate((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, route);
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: 30_000,
  });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: file });
  console.log(`screenshot of ${route} written to ${file}`);
} finally {
  await browser.close();
  await server.close();
}
