// The site shell in a real browser: pages, navigation, the 404 page, accessibility, and proof
// that the release build hydrates (and that everything still works without JavaScript).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accessibilityViolations,
  openPage,
  useSite,
  waitForHydration,
  watchForErrors,
} from './support/harness.js';

const SECTIONS = [
  { link: 'Submit a practice', path: '/submit', heading: 'Step 1 of 7: You and your organisation' },
  { link: 'Practices', path: '/practices', heading: 'Good practices' },
  { link: 'Workshops', path: '/workshops', heading: 'Online workshops' },
  { link: 'Visits', path: '/visits', heading: 'Peer-learning visits' },
  { link: 'Home', path: '/', heading: 'Share your good practice to connect with the cultural heritage sector' },
];

const site = useSite();

describe('with JavaScript', () => {
  test('the home page shows the call, its deadline and what happens next', async () => {
    const { page, close } = await openPage(site.browser);
    const errors = watchForErrors(page);
    const response = await page.goto(site.server.url);

    assert.equal(response.status(), 200);
    assert.equal(await page.title(), 'European Heritage Hub');
    await page.getByRole('heading', { level: 1, name: /Share your good practice/ }).waitFor();
    assert.match(await page.locator('.deadline').innerText(), /Deadline: .*\(Brussels time\)/);
    assert.match(await page.locator('.deadline').innerText(), /left to submit/);
    await page.getByRole('heading', { name: 'What happens next' }).waitFor();
    await page.getByRole('heading', { name: 'Upcoming workshops' }).waitFor();
    await waitForHydration(page);
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await close();
  });

  test('the main navigation reaches every section, marking the current one', async () => {
    const { page, close } = await openPage(site.browser);
    const errors = watchForErrors(page);
    await page.goto(site.server.url);
    await waitForHydration(page);
    const navigation = page.getByRole('navigation', { name: 'Main' });

    for (const section of SECTIONS) {
      await navigation.getByRole('link', { name: section.link, exact: true }).click();
      await page.waitForURL(`${site.server.url}${section.path}`);
      await page.getByRole('heading', { level: 1, name: section.heading }).waitFor();
      const current = navigation.locator('a[aria-current="page"]');
      assert.equal(await current.innerText(), section.link);
      assert.deepEqual(await accessibilityViolations(page), [], section.path);
    }
    assert.deepEqual(errors, []);
    await close();
  });

  test('the footer leads to the privacy notice and the accessibility statement', async () => {
    const { page, close } = await openPage(site.browser);
    for (const [link, heading] of [['Privacy', 'Privacy notice'], ['Accessibility', 'Accessibility statement']]) {
      await page.goto(site.server.url);
      await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      assert.deepEqual(await accessibilityViolations(page), [], link);
    }
    await close();
  });

  test('an unknown address gets a helpful 404 page', async () => {
    const { page, close } = await openPage(site.browser);
    const response = await page.goto(`${site.server.url}/no-such-page`);

    assert.equal(response.status(), 404);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: /go to the home page/ }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await close();
  });

  test('the release build hydrates: the menu button works on a phone-sized screen', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 375, height: 740 } });
    const errors = watchForErrors(page);
    await page.goto(site.server.url);
    await waitForHydration(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    const practicesLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practices' });

    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await practicesLink.isVisible(), false, 'links fold away once interactive');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    assert.equal(await practicesLink.isVisible(), true);
    await practicesLink.click();
    await page.getByRole('heading', { level: 1, name: 'Good practices' }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'following a link closes the menu');
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await close();
  });

  test('keyboard users can skip to the main content', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(site.server.url);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await close();
  });
});

describe('without JavaScript', () => {
  test('every page reads and links the same, with no menu button', async () => {
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    await page.goto(site.server.url);
    const navigation = page.getByRole('navigation', { name: 'Main' });

    assert.equal(await page.getByRole('button', { name: 'Menu' }).count(), 0);
    await navigation.getByRole('link', { name: 'Workshops' }).click();
    await page.getByRole('heading', { level: 1, name: 'Online workshops' }).waitFor();
    await page.getByRole('heading', { name: 'Heritage and climate adaptation' }).waitFor();
    await navigation.getByRole('link', { name: 'Practices' }).click();
    await page.getByRole('link', { name: /Retrofitting Tbilisi/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Why it was selected' }).waitFor();
    await close();
  });
});

describe('the practices list', () => {
  test('filters by theme and country and searches, in the address, without reloading the page', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.server.url}/practices`);
    await waitForHydration(page);
    await page.evaluate(() => { window.stillTheSamePage = true; });
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('digital');
    await page.getByRole('button', { name: 'Show practices' }).click();
    await page.waitForURL(/theme=digital/);
    await page.getByRole('status').filter({ hasText: '2 practices found.' }).waitFor();
    await page.getByRole('combobox', { name: 'Country' }).selectOption('AM');
    await page.getByRole('button', { name: 'Show practices' }).click();
    await page.getByRole('status').filter({ hasText: '1 practice found.' }).waitFor();
    assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'no full reload');
    assert.deepEqual(await accessibilityViolations(page), []);

    await page.getByRole('textbox', { name: 'Search' }).fill('dalmatia walls');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('');
    await page.getByRole('combobox', { name: 'Country' }).selectOption('');
    await page.getByRole('button', { name: 'Show practices' }).click();
    await page.getByRole('status').filter({ hasText: '1 practice found.' }).waitFor();
    await page.getByRole('link', { name: /Dalmatia/ }).click();
    await page.getByRole('heading', { level: 1, name: /Dalmatia/ }).waitFor();
    await close();
  });

  test('the same list works without JavaScript, map included', async () => {
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/practices`);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('digital');
    await page.getByRole('button', { name: 'Show practices' }).click();
    await page.waitForURL(/theme=digital/);
    await page.getByRole('status').filter({ hasText: '2 practices found.' }).waitFor();
    await page.getByRole('link', { name: 'Estonia: 1 practice' }).click();
    await page.waitForURL(/\/practices\?country=EE$/);
    await page.getByRole('status').filter({ hasText: '1 practice found.' }).waitFor();
    await page.getByRole('link', { name: /Tartu/ }).waitFor();
    await close();
  });

  test('the map shades the countries with practices and leads to each one', async () => {
    const { page, close } = await openPage(site.browser);
    const errors = watchForErrors(page);
    await page.goto(`${site.server.url}/practices`);
    await waitForHydration(page);
    const map = page.getByRole('group', { name: /Practices by country/ });
    const links = await map.getByRole('link').evaluateAll((all) => all.map((a) => a.getAttribute('aria-label')));
    assert.deepEqual(links, ['Armenia: 1 practice', 'Croatia: 1 practice', 'Estonia: 1 practice', 'Georgia: 1 practice']);
    // Keyboard first: the map's links are reached with Tab and followed with Enter.
    await map.getByRole('link', { name: 'Georgia: 1 practice' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/practices\?country=GE$/);
    await page.getByRole('status').filter({ hasText: '1 practice found.' }).waitFor();
    await page.getByRole('link', { name: /Retrofitting Tbilisi/ }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Country' }).inputValue(), 'GE', 'the filter follows');
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await close();
  });
});
