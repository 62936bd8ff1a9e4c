// Staff sign-in in a real browser: an admin made with the command line signs in, sees the
// dashboard, filters the submissions and signs out, with and without JavaScript; zero axe
// violations on each page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, openPage, useSite, waitForHydration } from './support/harness.js';
import { completeWizard } from './support/wizard.js';

const site = useSite();
const PASSWORD = 'a long admin passphrase';

async function signIn(page, email, password) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('staff sign-in', () => {
  test('an admin signs in, sees the dashboard and signs out', async () => {
    site.server.cli(['admin', 'create', '--email', 'ana.admin@heritage-hub.example', '--password-stdin'], `${PASSWORD}\n`);
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.server.url}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
    await waitForHydration(page);
    assert.deepEqual(await accessibilityViolations(page), []);

    await signIn(page, 'ana.admin@heritage-hub.example', 'not the password');
    await page.getByRole('alert').filter({ hasText: 'The email address or the password is not right.' }).waitFor();
    assert.equal(await page.getByLabel('Password').getAttribute('aria-invalid'), 'true');

    await signIn(page, 'ana.admin@heritage-hub.example', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Staff dashboard' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Signed in as ana\.admin/);
    assert.deepEqual(await accessibilityViolations(page), []);

    await page.getByRole('link', { name: 'Review the submissions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Submissions' }).waitFor();
    await page.getByLabel('Country').selectOption('GE');
    await page.getByRole('button', { name: 'Show submissions' }).click();
    await page.waitForURL(/country=GE/);
    await page.getByRole('status').filter({ hasText: /submissions? found/ }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.goto(`${site.server.url}/admin`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
    await page.goto(`${site.server.url}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
    await close();
  });

  test('sign-in works without JavaScript', async () => {
    site.server.cli(['admin', 'create', '--email', 'lev.admin@heritage-hub.example', '--password-stdin'], `${PASSWORD}\n`);
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/admin/login`);
    await signIn(page, 'lev.admin@heritage-hub.example', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Staff dashboard' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
    await close();
  });

  test('an admin scores a sent practice and selects it', async () => {
    const applicant = await openPage(site.browser, { javaScriptEnabled: false });
    await applicant.page.goto(`${site.server.url}/submit`);
    const reference = await completeWizard(applicant.page, 'nino.review@example.ge', { checkAccessibility: false, javaScript: false });
    await applicant.close();

    site.server.cli(['admin', 'create', '--email', 'mari.admin@heritage-hub.example', '--password-stdin'], `${PASSWORD}\n`);
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.server.url}/admin/login`);
    await waitForHydration(page);
    await signIn(page, 'mari.admin@heritage-hub.example', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Staff dashboard' }).waitFor();
    await page.goto(`${site.server.url}/admin/submissions?q=${reference}`);
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
    await waitForHydration(page);
    assert.deepEqual(await accessibilityViolations(page), []);

    // Sending without every criterion chosen names what is missing.
    await page.getByRole('button', { name: 'Save my score' }).click();
    await page.getByRole('alert').filter({ hasText: 'Choose one of the options.' }).waitFor();
    for (const [criterion, points] of [
      ['Relevance to the triple transformation', '5'],
      ['Impact and evidence', '4'],
      ['Transferability', '4'],
      ['Innovation', '3'],
      ['Quality and sustainability', '4'],
    ]) {
      await page.getByRole('group', { name: criterion }).getByLabel(points, { exact: false }).first().check();
    }
    await page.getByLabel('Comment (optional)').fill('Convincing evidence of lower heating bills.');
    await page.getByRole('button', { name: 'Save my score' }).click();
    await page.getByText('Weighted average: 4.00').waitFor();

    await page.getByLabel('Move to').selectOption('selected');
    await page.getByRole('button', { name: 'Change the status' }).click();
    await page.getByText('Status: Selected').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await close();
  });
});
