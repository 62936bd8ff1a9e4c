// The submission wizard in a real browser: a whole submission with an image and a PDF, with
// JavaScript and without; the error summary and its focus; instant validation and autosave; the
// resume link on another "device"; the manage page and "email me my link again"; axe on every
// step.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accessibilityViolations,
  linkInMail,
  openPage,
  useSite,
  waitForHydration,
  watchForErrors,
} from './support/harness.js';
import { STEPS, completeWizard, photo } from './support/wizard.js';

const site = useSite();

const linkFor = (email, pattern, after) => linkInMail(site.server, email, pattern, after);
const resumeLinkFor = (email, after) => linkFor(email, /(\/submit\?draft=[0-9a-f]{64})/, after);
const manageLinkFor = (email) => linkFor(email, /(\/manage\/[0-9a-f]{64})/);

describe('the submission wizard', () => {
  test('a whole submission with JavaScript, with zero axe violations on every step', async () => {
    const { page, close } = await openPage(site.browser);
    const errors = watchForErrors(page);
    await page.goto(`${site.server.url}/submit`);
    await waitForHydration(page);

    const reference = await completeWizard(page, 'nino.js@example.ge', { checkAccessibility: true });

    assert.match(reference, /^EHH-\d{4}-\d{4}$/);
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await close();
  });

  test('a whole submission with JavaScript disabled', async () => {
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/submit`);

    const reference = await completeWizard(page, 'nino.nojs@example.ge', { checkAccessibility: false, javaScript: false });

    assert.match(reference, /^EHH-\d{4}-\d{4}$/);
    await close();
  });

  async function submitBadOrganisation(page) {
    await page.getByLabel('First name').fill('Nino');
    await page.getByLabel('Email address').fill('nino@');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    assert.equal(await page.getByLabel('First name').inputValue(), 'Nino', 'what was typed is kept');
    const email = page.getByLabel('Email address');
    assert.equal(await email.inputValue(), 'nino@');
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    const errorId = (await email.getAttribute('aria-describedby')).split(' ').pop();
    assert.match(await page.locator(`#${errorId}`).innerText(), /format name@example.org/);
    return summary;
  }

  test('bad input: the error summary takes focus and its links move focus to the field', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.server.url}/submit`);
    await waitForHydration(page);

    const summary = await submitBadOrganisation(page);

    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await summary.getByRole('link', { name: /Enter an email address/ }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'field-email');
    assert.deepEqual(await accessibilityViolations(page), []);
    await close();
  });

  test('bad input without JavaScript: the same messages, and the summary asks for focus', async () => {
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/submit`);

    const summary = await submitBadOrganisation(page);

    // Without scripts the browser focuses the summary itself (autofocus) and follows its links.
    assert.equal(await summary.getAttribute('autofocus'), '');
    assert.equal(await summary.getAttribute('tabindex'), '-1');
    assert.equal(await summary.getByRole('link', { name: /Enter an email address/ }).getAttribute('href'), '#field-email');
    await close();
  });

  test('the emailed link resumes the draft in a fresh browser', async () => {
    const first = await openPage(site.browser);
    await first.page.goto(`${site.server.url}/submit`);
    await waitForHydration(first.page);
    await STEPS[0].fill(first.page, 'lev.resume@example.am');
    await first.page.getByRole('button', { name: 'Save and continue' }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Step 2 of 7: The practice' }).waitFor();
    await first.close();

    const other = await openPage(site.browser);
    await other.page.goto(`${site.server.url}${await resumeLinkFor('lev.resume@example.am')}`);
    await other.page.getByRole('heading', { level: 1, name: 'Step 2 of 7: The practice' }).waitFor();
    assert.equal(new URL(other.page.url()).search, '', 'the secret leaves the address bar');
    await other.page.getByRole('navigation', { name: 'Steps of the form' }).getByRole('link', { name: /You and your organisation/ }).click();
    await other.page.getByRole('heading', { level: 1, name: 'Step 1 of 7: You and your organisation' }).waitFor();
    assert.equal(await other.page.getByLabel('Last name').inputValue(), 'Kapanadze');
    await other.close();
  });

  test('a link opened where another practice is open asks which one to continue, at 390 px', async () => {
    const colleague = await openPage(site.browser, { javaScriptEnabled: false });
    await colleague.page.goto(`${site.server.url}/submit`);
    await STEPS[0].fill(colleague.page, 'levan.choose@example.ge');
    await colleague.page.getByRole('button', { name: 'Save and continue' }).click();
    await colleague.page.getByRole('heading', { level: 1, name: 'Step 2 of 7: The practice' }).waitFor();
    const link = await resumeLinkFor('levan.choose@example.ge');
    await colleague.close();

    const { page, close } = await openPage(site.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}/submit`);
    await waitForHydration(page);
    await STEPS[0].fill(page, 'nino.choose@example.ge');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Step 2 of 7: The practice' }).waitFor();

    await page.goto(`${site.server.url}${link}`);
    await page.getByRole('heading', { level: 1, name: 'Which practice do you want to continue?' }).waitFor();
    await waitForHydration(page);
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByRole('button', { name: /^Continue/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Step 2 of 7: The practice' }).waitFor();
    await page.goto(`${site.server.url}/submit/organisation`);
    assert.equal(await page.getByLabel('Email address').inputValue(), 'levan.choose@example.ge');
    await close();
  });

  test('with JavaScript a chosen image shows a preview and a progress bar while it goes up', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.server.url}/submit/images-and-documents`);
    await waitForHydration(page);
    // A slow connection, so that the upload can be watched.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 200, downloadThroughput: 1_000_000, uploadThroughput: 4_000,
    });

    await page.getByLabel('Add images').setInputFiles({ name: 'roof.jpg', mimeType: 'image/jpeg', buffer: await photo(page) });

    const progress = page.getByRole('progressbar', { name: 'Uploading roof.jpg' });
    await progress.waitFor();
    assert.match(await page.locator('.upload__thumbnail').getAttribute('src'), /^blob:/);
    await page.getByRole('group', { name: 'About roof.jpg' }).waitFor({ timeout: 20_000 });
    assert.equal(await progress.count(), 0, 'the bar goes once the image is stored');

    // A file over the limit is refused before it is sent, and the step is kept.
    await page.getByLabel('Add images').setInputFiles({
      name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(11 * 1024 * 1024),
    });
    await page.getByText('huge.png is larger than 10 MB').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Upload the chosen images' }).isVisible(), false,
      'with scripts, files go up as they are chosen');
    assert.equal(await page.getByRole('group', { name: 'About roof.jpg' }).count(), 1);
    assert.deepEqual(await accessibilityViolations(page), []);
    await close();
  });

  test('with JavaScript a field shows its problem once it is left, and typing is saved', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.server.url}/submit`);
    await waitForHydration(page);

    const email = page.getByLabel('Email address');
    await email.fill('nino@');
    await email.press('Tab');
    await page.getByText('Enter an email address in the format name@example.org.').waitFor();
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    await email.fill('nino.autosave@example.ge');
    await email.press('Tab');
    await page.waitForFunction(() => document.getElementById('field-email').getAttribute('aria-invalid') === null);

    await page.getByLabel('First name').fill('Autosaved');
    await page.getByRole('status').filter({ hasText: 'Your answers on this page are saved.' }).waitFor();
    await page.reload();
    assert.equal(await page.getByLabel('First name').inputValue(), 'Autosaved', 'nothing typed is lost');
    await close();
  });

  test('the manage link shows the sent practice and withdraws it', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.server.url}/submit`);
    await waitForHydration(page);
    const reference = await completeWizard(page, 'nino.manage@example.ge', { checkAccessibility: false });
    await close();

    const other = await openPage(site.browser);
    await other.page.goto(`${site.server.url}${await manageLinkFor('nino.manage@example.ge')}`);
    await waitForHydration(other.page);
    await other.page.getByRole('heading', { level: 1, name: `Your practice ${reference}` }).waitFor();
    assert.match(await other.page.locator('main').innerText(), /Retrofitting Tbilisi's balcony houses/);
    assert.deepEqual(await accessibilityViolations(other.page), []);

    await other.page.getByRole('button', { name: 'Withdraw my practice' }).click();
    await other.page.getByRole('alert').filter({ hasText: 'Tick the box to confirm' }).waitFor();
    await other.page.getByLabel('I want to withdraw this practice from the call.').check();
    await other.page.getByRole('button', { name: 'Withdraw my practice' }).click();
    await other.page.getByText('You have withdrawn this practice from the call.').waitFor();
    await other.close();
  });

  test('"Email me my link again" sends a new link and keeps the old one working', async () => {
    const first = await openPage(site.browser, { javaScriptEnabled: false });
    await first.page.goto(`${site.server.url}/submit`);
    await STEPS[0].fill(first.page, 'ani.lost@example.am');
    await first.page.getByRole('button', { name: 'Save and continue' }).click();
    const original = await resumeLinkFor('ani.lost@example.am');
    await first.close();

    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.server.url}/submit`);
    await page.getByRole('link', { name: 'Email me my link again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Email me my link again' }).waitFor();
    await waitForHydration(page);
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.getByLabel('Email address').fill('ani.lost@example.am');
    await page.getByRole('button', { name: 'Email me my link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    const fresh = await resumeLinkFor('ani.lost@example.am', [original]);
    assert.notEqual(fresh, original);
    for (const link of [original, fresh]) {
      await page.goto(`${site.server.url}${link}`);
      await page.getByRole('heading', { level: 1, name: 'Step 2 of 7: The practice' }).waitFor();
    }
    await close();
  });
});
