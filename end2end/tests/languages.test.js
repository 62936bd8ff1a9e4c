// The site in the call's languages, in a real browser: the wizard in Georgian without scripts
// and in Armenian with them, a change of language in the middle of it, and how Georgian and
// Armenian pages look on a phone and on a desktop. Every text a test looks for comes from the
// language's own catalogue (app/locales/), so the test also proves the page uses it.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue } from './support/catalogue.js';
import {
  accessibilityViolations,
  accessibilityViolationsWithoutScripts,
  linkInMail,
  openPage,
  useSite,
  waitForHydration,
  watchForErrors,
} from './support/harness.js';

const site = useSite();
const screenshots = resolve(dirname(fileURLToPath(import.meta.url)), '../../target/screenshots');

const STEPS = ['step-organisation', 'step-practice', 'step-transformation', 'step-impact', 'step-peer-learning', 'step-media', 'step-review'];

/** The heading of step `index` (from 0) in `text`'s language. */
function stepHeading(text, index) {
  return text('step-heading', { number: index + 1, steps: STEPS.length, title: text(STEPS[index]) });
}

/** How to answer each step but the last two (the images are optional), by the labels of `text`'s
 * language. */
const ANSWERS = [
  async (page, text, email) => {
    await page.getByLabel(text('organisation-first-name'), { exact: true }).fill('ნინო');
    await page.getByLabel(text('organisation-last-name'), { exact: true }).fill('კაპანაძე');
    await page.getByLabel(text('organisation-email'), { exact: true }).fill(email);
    await page.getByLabel(text('organisation-role'), { exact: true }).fill('მემკვიდრეობის სამსახურის უფროსი');
    await page.getByLabel(text('organisation-name'), { exact: true }).fill('თბილისის მერია');
    await page.getByLabel(text('organisation-type'), { exact: true }).selectOption('city-administration');
    await page.getByLabel(text('organisation-city-region'), { exact: true }).fill('თბილისი');
    await page.getByLabel(text('organisation-country'), { exact: true }).selectOption('GE');
  },
  async (page, text) => {
    await page.getByLabel(text('practice-title'), { exact: true }).fill('თბილისის აივნიანი სახლები');
    await page.getByLabel(text('practice-summary'), { exact: true }).fill('მაცხოვრებლები, ხელოსნები და ქალაქი ერთად აღადგენენ აივნებს.');
    await page.getByLabel(text('practice-description'), { exact: true }).fill('2021 წლიდან პროგრამა ოჯახებს დურგლებთან აკავშირებს.');
    await page.getByLabel(text('practice-city-region'), { exact: true }).fill('თბილისი');
    await page.getByLabel(text('practice-country'), { exact: true }).selectOption('GE');
    await page.getByLabel(text('practice-status-ongoing'), { exact: true }).check();
    await page.getByLabel(text('practice-start-year'), { exact: true }).fill('2021');
    await page.getByLabel(text('practice-partners'), { exact: true }).fill('მერია, მაცხოვრებლები');
    await page.getByLabel(text('practice-target-groups'), { exact: true }).fill('ძველი ქალაქის ოჯახები');
  },
  async (page, text) => {
    await page.getByLabel(text('theme-environmental'), { exact: true }).check();
    await page.getByLabel(text('transformation-how-environmental'), { exact: true }).fill('დათბუნება გათბობას მესამედით ამცირებს.');
  },
  async (page, text) => {
    await page.getByLabel(text('impact-results'), { exact: true }).fill('64 აივანი აღდგა.');
    await page.getByLabel(text('impact-lessons'), { exact: true }).fill('დაიწყეთ ერთი ქუჩით.');
    await page.getByLabel(text('impact-transferability'), { exact: true }).fill('ნებისმიერ ქალაქს ეზოიანი სახლებით.');
    await page.getByLabel(text('impact-requirements'), { exact: true }).fill('დურგლები და მცირე ფონდი.');
  },
  async (page, text) => {
    await page.getByRole('group', { name: text('peer-learning-host') }).getByLabel(text('peer-learning-no'), { exact: true }).check();
    await page.getByRole('group', { name: text('peer-learning-workshop') }).getByLabel(text('peer-learning-yes'), { exact: true }).check();
  },
  async () => {},
];

/** Answers steps `from`..`to` (from 0) of the wizard on the page, each checked for its heading
 * and, when `checkAccessibility` is given, with it for axe's violations. */
async function answerSteps(page, text, email, { from = 0, to = ANSWERS.length, checkAccessibility = null } = {}) {
  for (let index = from; index < to; index += 1) {
    await page.getByRole('heading', { level: 1, name: stepHeading(text, index) }).waitFor();
    await ANSWERS[index](page, text, email);
    if (checkAccessibility) assert.deepEqual(await checkAccessibility(page), [], STEPS[index]);
    await page.getByRole('button', { name: text('wizard-save-continue') }).click();
  }
}

/** The text a reader sees in the page's own language: content marked as written in another
 * (a practice written in English, a workshop staff have not translated yet) is left out. */
function visibleText(page) {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) {
      const element = walker.currentNode.parentElement;
      if (!element || element.closest('script, style') || !element.checkVisibility()) continue;
      if (element.closest('[lang]')?.lang !== pageLang) continue;
      texts.push(walker.currentNode.textContent);
    }
    return texts.join(' ');
  });
}

describe('the wizard in other languages', () => {
  test('the whole wizard in Georgian without JavaScript, with zero axe violations', async () => {
    const ka = catalogue('ka');
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/ka/submit`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ka');

    await answerSteps(page, ka, 'nino.ka@example.ge', { checkAccessibility: accessibilityViolationsWithoutScripts });
    await page.getByRole('heading', { level: 1, name: stepHeading(ka, 6) }).waitFor();
    assert.match(await page.locator('main').innerText(), /თბილისის აივნიანი სახლები/);
    await page.getByLabel(ka('consent-processing')).check();
    await page.getByLabel(ka('consent-publication')).check();
    assert.deepEqual(await accessibilityViolationsWithoutScripts(page), [], 'review');
    await page.getByRole('button', { name: ka('wizard-send') }).click();

    await page.getByRole('heading', { level: 1, name: ka('sent-title') }).waitFor();
    assert.match(page.url(), /\/ka\/submit\/sent/);
    assert.match(await page.locator('.confirmation__reference').innerText(), /^EHH-\d{4}-\d{4}$/);
    assert.deepEqual(await accessibilityViolationsWithoutScripts(page), [], 'sent');
    // The confirmation's link to manage the practice leads to its Georgian page.
    assert.ok(await linkInMail(site.server, 'nino.ka@example.ge', /(\/ka\/manage\/[\w-]+)/));
    await close();
  });

  test('in Armenian with JavaScript a field shows its problem in Armenian once it is left', async () => {
    const hy = catalogue('hy');
    const { page, close } = await openPage(site.browser);
    const errors = watchForErrors(page);
    await page.goto(`${site.server.url}/hy/submit`);
    await waitForHydration(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'hy');

    const email = page.getByLabel(hy('organisation-email'), { exact: true });
    await email.fill('nino@');
    await email.press('Tab');
    await page.getByText(hy('error-email-format')).waitFor();
    assert.equal(await email.getAttribute('aria-invalid'), 'true');

    await page.getByLabel(hy('organisation-first-name'), { exact: true }).fill('Անի');
    await page.getByRole('status').filter({ hasText: hy('wizard-saved') }).waitFor();
    // The server says the same, in Armenian, when the form is sent as it is.
    await page.getByRole('button', { name: hy('wizard-save-continue') }).click();
    await page.getByRole('alert').filter({ hasText: hy('form-error-summary') }).waitFor();
    assert.match(await page.locator('main').innerText(), new RegExp(escapeRegExp(hy('error-email-format'))));
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await close();
  });

  test('changing the language in the middle of the wizard keeps every answer', async () => {
    const [fr, de] = [catalogue('fr'), catalogue('de')];
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.server.url}/fr/submit`);
    await waitForHydration(page);
    await answerSteps(page, fr, 'nino.fr@example.ge', { to: 2 });
    await page.getByRole('heading', { level: 1, name: stepHeading(fr, 2) }).waitFor();

    await page.getByRole('navigation', { name: fr('language-switcher-label') }).getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL(/\/de\/submit\/triple-transformation$/);
    await page.getByRole('heading', { level: 1, name: stepHeading(de, 2) }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'de');

    await page.getByRole('link', { name: de('step-organisation') }).click();
    await page.getByRole('heading', { level: 1, name: stepHeading(de, 0) }).waitFor();
    assert.equal(await page.getByLabel(de('organisation-email'), { exact: true }).inputValue(), 'nino.fr@example.ge');
    assert.equal(await page.getByLabel(de('organisation-country'), { exact: true }).inputValue(), 'GE');
    await page.getByRole('link', { name: de('step-practice') }).click();
    await page.getByRole('heading', { level: 1, name: stepHeading(de, 1) }).waitFor();
    assert.equal(await page.getByLabel(de('practice-title'), { exact: true }).inputValue(), 'თბილისის აივნიანი სახლები');
    assert.equal(await page.getByLabel(de('practice-start-year'), { exact: true }).inputValue(), '2021');
    await close();
  });
});

describe('Georgian and Armenian pages', () => {
  const PAGES = ['/', '/practices', '/submit', '/workshops'];
  for (const lang of ['ka', 'hy']) {
    for (const width of [320, 1280]) {
      test(`/${lang} pages at ${width} px: nothing overflows, every glyph has a font, no English`, async () => {
        const { page, close } = await openPage(site.browser, { viewport: { width, height: 900 }, timezoneId: 'Asia/Tbilisi' });
        const english = catalogue('en');
        mkdirSync(screenshots, { recursive: true });
        for (const path of PAGES) {
          await page.goto(`${site.server.url}/${lang}${path === '/' ? '' : path}`);
          await waitForHydration(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `/${lang}${path} is ${overflow} px wider than the screen at ${width} px`);
          assert.deepEqual(await missingGlyphs(page), [], `/${lang}${path}`);
          const text = await visibleText(page);
          for (const key of ['nav-submit', 'nav-practices', 'footer-privacy', 'skip-link']) {
            assert.ok(!text.includes(english(key)), `/${lang}${path} shows the English ${key}`);
          }
          // What the browser writes itself, the visitor's own time beside Brussels's.
          const yourTime = english('local-time', { time: '' }).split(':')[0];
          assert.ok(!text.includes(yourTime), `/${lang}${path} shows the English "${yourTime}"`);
          // Nor the browser's English dates where it has no data for the language.
          for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
            assert.ok(!text.includes(day), `/${lang}${path} shows the English "${day}"`);
          }
          const name = `${lang}${path.replaceAll('/', '-').replace(/-$/, '')}-${width}.png`;
          await page.screenshot({ path: join(screenshots, name), fullPage: true });
        }
        await close();
      });
    }
  }
});

/** Text nodes whose characters the browser drew with no font that has them (as boxes):
 * Chromium reports the fonts it used per node through the DevTools protocol. */
async function missingGlyphs(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const missing = [];
  const visit = async (node) => {
    if (node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') return;
    if (node.nodeType === 1 && ['H1', 'P', 'A', 'LABEL', 'LEGEND', 'BUTTON', 'LI', 'H2'].includes(node.nodeName)) {
      try {
        const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
        if (fonts.some((font) => /last ?resort/i.test(font.familyName))) missing.push(node.nodeName);
      } catch {
        // A node that is not rendered has no fonts.
      }
    }
    for (const child of node.children ?? []) await visit(child);
  };
  await visit(root);
  await session.detach();
  return missing;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
