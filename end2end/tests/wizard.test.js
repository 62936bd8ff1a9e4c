// The submission wizard in a real browser: a whole submission with JavaScript and without,
// the error summary and its focus, the resume link on another "device", and axe on every step.

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
    async fill(page) {
      await page.getByLabel('Video or web links (optional)').fill('https://video.example.org/balconies');
    },
  },
];

async function completeWizard(page, email, { checkAccessibility }) {
  for (const step of STEPS) {
    await page.getByRole('heading', { level: 1, name: step.heading }).waitFor();
    assert.equal(await page.title(), `${step.heading} · European Heritage Hub`);
    await step.fill(page, email);
    if (checkAccessibility) assert.deepEqual(await accessibilityViolations(page), [], step.heading);
    await page.getByRole('button', { name: 'Save and continue' }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Step 7 of 7: Review and submit' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Retrofitting Tbilisi's balcony houses/);
  await page.getByLabel(/I agree that the European Heritage Hub processes/).check();
  await page.getByLabel(/If the practice is selected, I agree/).check();
  if (checkAccessibility) assert.deepEqual(await accessibilityViolations(page), [], 'review');
  await page.getByRole('button', { name: 'Send my practice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you: your practice has been sent' }).waitFor();
  return page.locator('.confirmation__reference').innerText();
}

/** The resume link the server logged for `email` (without SMTP, emails go to the log), once
 * the outbox sender has picked it up. */
async function resumeLinkFor(email) {
  for (let waited = 0; waited < 10_000; waited += 200) {
    const line = site.server.log.findLast((l) => l.includes(`to=${email}`) && l.includes('/submit?draft='));
    if (line) return line.match(/(\/submit\?draft=[0-9a-f]{64})/)[1];
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`no resume link was logged for ${email}`);
}

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

    const reference = await completeWizard(page, 'nino.nojs@example.ge', { checkAccessibility: false });

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
});
