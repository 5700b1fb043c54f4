// npm run screenshots — phone and desktop screenshots of key pages (en, ja, ne, …) from dist/,
// written to tests/.artifacts/screenshots/ for a person to look at. Build first (npm run build).
import { mkdirSync } from 'node:fs';
import { startStaticServer } from './support/static-server.ts';
import { launchBrowser, viewports } from './support/chromium.ts';

const out = 'tests/.artifacts/screenshots';
mkdirSync(out, { recursive: true });
const pages = (process.env.SHOT_PAGES ?? '/,/en/,/ja/special-re-entry-permit/,/ne/special-permission-to-stay/,/zh-cn/check/re-entry/,/ko/search/?q=재입국허가,/en/check/special-permission/').split(',');
const sizes = (process.env.SHOT_SIZES ?? 'phone,desktop').split(',') as Array<keyof typeof viewports>;
const dark = process.env.SHOT_DARK === '1';

const server = await startStaticServer('dist');
const browser = await launchBrowser();
for (const size of sizes) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewports[size]);
  if (dark) await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of pages) {
    await page.goto(`${server.url}${path}`);
    await page.waitForTimeout(600);
    const name = `${size}${dark ? '-dark' : ''}${path.replace(/[/?=&%]+/g, '_') || '_root'}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.SHOT_FULL === '1' });
    console.log(`${out}/${name}`);
  }
  await page.close();
}
await browser.close();
await server.close();
