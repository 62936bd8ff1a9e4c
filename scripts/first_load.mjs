// What a first visit to each page fetches from /pkg/ until the page has hydrated, in a fresh
// Chromium profile: the main bundle, the page's lazily loaded parts, and the modules they import.
// Prints {"/path": ["/pkg/file", ...]} as JSON. Used by scripts/bundle_size.py.
//   node scripts/first_load.mjs http://127.0.0.1:3000 / /practices
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../end2end/package.json'));
const { chromium } = require('playwright-core');

const [address, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const loads = {};
try {
  for (const path of paths) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files = [];
    page.on('requestfinished', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/pkg/') && /\.(js|wasm)$/.test(pathname) && !files.includes(pathname)) {
        files.push(pathname);
      }
    });
    await page.goto(address + path);
    await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    loads[path] = files;
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(loads));
