// The browser-test harness: builds the release site when it is missing, starts the real
// `heritage-hub` binary on a random port against a fresh SQLite database with demo content,
// and launches Debian's Chromium through playwright-core.

import { after, before } from 'node:test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// The Makefile's default, so that tests run by hand use the same build as `make test`.
const targetDir = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache', 'heritage-hub', 'target');
const binary = join(targetDir, 'release', 'heritage-hub');
const siteRoot = join(repo, 'target', 'site');

/** Builds the release site (server, split wasm, JS, CSS) the Makefile's way unless it is there. */
function ensureReleaseBuild() {
  if (existsSync(binary) && existsSync(join(siteRoot, 'pkg', '__wasm_split_manifest.json'))) return;
  const build = spawnSync('make', ['build'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, CARGO_TARGET_DIR: targetDir },
  });
  if (build.status !== 0) throw new Error('make build failed');
}

/** A mail server for the tests: accepts every message over SMTP and keeps it, as the inbox the
 * site's emails reach (the site never writes an email's links to its log). Resolves to
 * { port, messages, close() }. */
function startMailSink() {
  const messages = [];
  const server = createServer((socket) => {
    let data = null;
    socket.write('220 sink.localhost ESMTP\r\n');
    createInterface({ input: socket, crlfDelay: Infinity }).on('line', (line) => {
      if (data !== null) {
        if (line === '.') {
          messages.push(data.join('\n'));
          data = null;
          socket.write('250 OK queued\r\n');
        } else {
          data.push(line.startsWith('..') ? line.slice(1) : line);
        }
        return;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO' || verb === 'HELO') socket.write('250-sink.localhost\r\n250 8BITMIME\r\n');
      else if (verb === 'DATA') {
        data = [];
        socket.write('354 End data with <CR><LF>.<CR><LF>\r\n');
      } else if (verb === 'QUIT') socket.end('221 Bye\r\n');
      else socket.write('250 OK\r\n');
    });
    socket.on('error', () => {});
  });
  return new Promise((resolveSink) => {
    server.listen(0, '127.0.0.1', () => {
      resolveSink({ port: server.address().port, messages, close: () => server.close() });
    });
  });
}

/** A message's text with its transfer encodings undone: quoted-printable soft breaks and
 * escapes, and base64 bodies, so that a link wrapped or encoded in transit reads whole. */
function decodedMessage(raw) {
  const quotedPrintable = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const base64 = (raw.match(/^[A-Za-z0-9+/=]{20,}$(?:\n^[A-Za-z0-9+/=]+$)*/gm) ?? [])
    .map((block) => Buffer.from(block.replace(/\n/g, ''), 'base64').toString('utf8'));
  return [quotedPrintable, ...base64].join('\n');
}

/** Starts a server with demo content; resolves to { url, stop(), log, mail }. */
export async function startServer() {
  ensureReleaseBuild();
  const folder = mkdtempSync(join(tmpdir(), 'heritage-hub-e2e-'));
  const mail = await startMailSink();
  const env = {
    ...process.env,
    SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    DATABASE_URL: `sqlite://${join(folder, 'hub.db')}?mode=rwc`,
    SITE_ADDR: '127.0.0.1:0',
    UPLOAD_DIR: join(folder, 'uploads'),
    LEPTOS_SITE_ROOT: siteRoot,
    LOG: 'info',
  };
  const seeded = spawnSync(binary, ['seed-demo'], { env, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seed-demo failed: ${seeded.stderr}`);

  const server = spawn(binary, ['serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const log = [];
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${log.join('\n')}`)), 20_000);
    createInterface({ input: server.stderr }).on('line', (line) => {
      log.push(line);
      const match = line.match(/address=(\S+)/);
      if (match) {
        clearTimeout(timer);
        resolveUrl(`http://${match[1]}`);
      }
    });
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${log.join('\n')}`)));
  });
  return {
    url,
    log,
    mail,
    /** Runs the `heritage-hub` command line against this server's database. */
    cli(args, input = '') {
      const run = spawnSync(binary, args, { env, input, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`heritage-hub ${args.join(' ')} failed: ${run.stderr}`);
      return run.stdout;
    },
    async stop() {
      // Warnings, errors and panics go to the test output, where CI shows them.
      const notable = log.filter((line) => /WARN|ERROR|panicked/.test(line));
      if (notable.length) console.error(`server log (warnings and errors):\n${notable.join('\n')}`);
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
      mail.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Gives a test file its own server and browser: started before its first test, stopped after
 * its last. The returned object's `server` and `browser` are set once `before` has run. */
export function useSite() {
  const site = {};
  before(async () => {
    site.server = await startServer();
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}

/** Debian's Chromium, headless, with no reaching out to Google's services. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What went wrong on each page so far, and the documents it loaded with their policies, for
 * the message of a test that times out. */
const troubles = new WeakMap();

/** A page in a context of its own (axe-core needs one); `close()` ends both. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  troubles.set(page, watchForErrors(page));
  page.on('requestfailed', (request) => troubles.get(page).push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'document') {
      const policy = await response.headerValue('content-security-policy');
      troubles.get(page).push(`document: ${response.status()} ${response.url()} policy: ${policy}`);
    }
  });
  return { page, close: () => context.close() };
}

/** Collects uncaught page errors and console errors, which a healthy page has none of. */
export function watchForErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** The WCAG 2.1 A and AA violations axe-core finds on the current page, summarised. */
export async function accessibilityViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The axe violations of a page opened without JavaScript. axe runs as a script, which such a
 * page cannot: the same address is opened, with the same cookies, in a page whose scripts run but
 * whose bundle never arrives (every /pkg/ request fails), and checked there. */
export async function accessibilityViolationsWithoutScripts(page) {
  const context = await page.context().browser().newContext({ viewport: page.viewportSize() });
  try {
    await context.addCookies(await page.context().cookies());
    await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    const twin = await context.newPage();
    await twin.goto(page.url());
    return await accessibilityViolations(twin);
  } finally {
    await context.close();
  }
}

/** The newest link matching `pattern` in an email that `server` sent to `email`, once the
 * outbox sender has delivered it; `after` skips the links already seen. */
export async function linkInMail(server, email, pattern, after = []) {
  for (let waited = 0; waited < 10_000; waited += 200) {
    const links = server.mail.messages
      .map(decodedMessage)
      .filter((message) => new RegExp(`^To: .*${email.replace(/[.+]/g, '\\$&')}`, 'mi').test(message))
      .map((message) => message.match(pattern)?.[1])
      .filter((link) => link && !after.includes(link));
    if (links.length) return links.at(-1);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no email to ${email} held a link like ${pattern}`);
}

/** Every page's code loads lazily and hydrates last; it marks the document when it has. */
export async function waitForHydration(page) {
  try {
    await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 15_000 });
  } catch (error) {
    const seen = troubles.get(page) ?? [];
    error.message += `\n${page.url()} never hydrated; what the page loaded and what failed:\n${seen.join('\n') || '(none)'}`;
    throw error;
  }
}
