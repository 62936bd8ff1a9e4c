// The submission wizard in a real browser: a whole submission with an image and a PDF, with
// JavaScript and without; the error summary and its focus; instant validation and autosave; the
// resume link on another "device"; the manage page and "email me my link again"; axe on every
// step.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accessibilityViolations,
  openPage,
  useSite,
  waitForHydration,
  watchForErrors,
} from './support/harness.js';

const site = useSite();

/** Every step but the review: its heading and how to answer it. */
const STEPS = [
  {
    heading: 'Step 1 of 7: You and your organisation',
    async fill(page, email) {
      await page.getByLabel('First name').fill('Nino');
      await page.getByLabel('Last name').fill('Kapanadze');
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Your role or position').fill('Head of heritage');
      await page.getByLabel('Organisation', { exact: true }).fill('Tbilisi City Hall');
      await page.getByLabel('Type of organisation').selectOption('city-administration');
      await page.getByLabel('City or region').fill('Tbilisi');
      await page.getByLabel('Country').selectOption('GE');
    },
  },
  {
    heading: 'Step 2 of 7: The practice',
    async fill(page) {
      await page.getByLabel('Title of the practice').fill("Retrofitting Tbilisi's balcony houses");
      await page.getByLabel('Short summary').fill('Residents, craftspeople and the city repair carved balconies.');
      await page.getByLabel('Full description').fill('Since 2021 a repair programme pairs households with carpenters.');
      await page.getByLabel('Where: city or region').fill('Tbilisi');
      await page.getByLabel('Where: country').selectOption('GE');
      await page.getByLabel('Ongoing').check();
      await page.getByLabel('Year it started').fill('2021');
      await page.getByLabel('Partners and stakeholders').fill('City Hall, residents');
      await page.getByLabel('Target groups').fill('Families in the old town');
    },
  },
  {
    heading: 'Step 3 of 7: Triple transformation',
    async fill(page) {
      await page.getByLabel('Environmental', { exact: true }).check();
      await page.getByLabel('How does it tackle the environmental challenge?').fill('Insulation cuts heating by a third.');
    },
  },
  {
    heading: 'Step 4 of 7: Impact and transferability',
    async fill(page) {
      await page.getByLabel('Results and evidence').fill('64 balconies repaired.');
      await page.getByLabel('Lessons learned').fill('Start with one street.');
      await page.getByLabel('How could another city or region adopt it?').fill('Any city with courtyard houses.');
      await page.getByLabel('What would that need?').fill('Carpenters and a small fund.');
    },
  },
  {
    heading: 'Step 5 of 7: Peer learning',
    async fill(page) {
      await page.getByRole('group', { name: /host a peer-learning visit/ }).getByLabel('No').check();
      await page.getByRole('group', { name: /present your practice/ }).getByLabel('Yes').check();
    },
  },
  {
    heading: 'Step 6 of 7: Images and documents',
    async fill(page, email, { javaScript }) {
      await page.getByLabel('Video or web links (optional)').fill('https://video.example.org/balconies');
      const image = { name: 'balcony.jpg', mimeType: 'image/jpeg', buffer: await photo(page) };
      const pdf = { name: 'plans.pdf', mimeType: 'application/pdf', buffer: PDF };
      await page.getByLabel('Add images').setInputFiles(image);
      await page.getByLabel('Add PDF documents').setInputFiles(pdf);
      // With scripts, each file goes up as it is chosen; without, the form takes them along and
      // comes back to this step, which then asks about the image.
      if (!javaScript) await page.getByRole('button', { name: 'Upload the chosen images' }).click();
      const details = page.getByRole('group', { name: 'About balcony.jpg' });
      await details.waitFor();
      await page.getByRole('link', { name: 'plans.pdf' }).waitFor();
      assert.equal(await page.getByLabel('Video or web links (optional)').inputValue(), 'https://video.example.org/balconies');
      await details.getByLabel('What the image shows').fill('A carved wooden balcony after repair');
      await details.getByLabel('Licence').selectOption('cc-by-4.0');
    },
  },
];

/** A small JPEG, drawn by the browser itself. */
async function photo(page) {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 300;
    const context = canvas.getContext('2d');
    context.fillStyle = '#8a3b12';
    context.fillRect(0, 0, 400, 300);
    context.fillStyle = '#f2e3c6';
    context.fillRect(40, 60, 320, 180);
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function completeWizard(page, email, { checkAccessibility, javaScript = true }) {
  for (const step of STEPS) {
    await page.getByRole('heading', { level: 1, name: step.heading }).waitFor();
    assert.equal(await page.title(), `${step.heading} · European Heritage Hub`);
    await step.fill(page, email, { javaScript });
    if (checkAccessibility) assert.deepEqual(await accessibilityViolations(page), [], step.heading);
    await page.getByRole('button', { name: 'Save and continue' }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Step 7 of 7: Review and submit' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Retrofitting Tbilisi's balcony houses/);
  await page.getByLabel(/I agree that the European Heritage Hub processes/).check();
  await page.getByLabel(/If the practice is selected, I agree/).check();
  await page.getByLabel(/I confirm that I hold the rights to the images/).check();
  assert.match(await page.locator('main').innerText(), /balcony\.jpg: A carved wooden balcony after repair/);
  if (checkAccessibility) assert.deepEqual(await accessibilityViolations(page), [], 'review');
  await page.getByRole('button', { name: 'Send my practice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you: your practice has been sent' }).waitFor();
  return page.locator('.confirmation__reference').innerText();
}

/** The newest link matching `pattern` that the server logged in an email to `email` (without
 * SMTP, emails go to the log), once the outbox sender has picked it up; `after` skips the
 * links already seen. */
async function linkFor(email, pattern, after = []) {
  for (let waited = 0; waited < 10_000; waited += 200) {
    const links = site.server.log
      .filter((line) => line.includes(`to=${email}`))
      .map((line) => line.match(pattern)?.[1])
      .filter((link) => link && !after.includes(link));
    if (links.length) return links.at(-1);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`no link like ${pattern} was logged for ${email}`);
}

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
