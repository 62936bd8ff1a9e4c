// The staff workspace in a real browser: an admin made with the command line signs in, sees the
// dashboard, filters the submissions and signs out, with and without JavaScript; an admin
// invites a reviewer, who signs in with the emailed link and scores; the admin selects the
// practice and releases the decision email. Zero axe violations on every staff page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { accessibilityViolations, linkInMail, openPage, useSite, waitForHydration } from './support/harness.js';
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

    await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Submissions' }).click();
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

  test('an admin invites a reviewer who scores; the admin selects and releases the email', async () => {
    const applicant = await openPage(site.browser, { javaScriptEnabled: false });
    await applicant.page.goto(`${site.server.url}/submit`);
    const reference = await completeWizard(applicant.page, 'tamar.journey@example.ge', { checkAccessibility: false, javaScript: false });
    await applicant.close();

    site.server.cli(['admin', 'create', '--email', 'eka.admin@heritage-hub.example', '--password-stdin'], `${PASSWORD}\n`);
    const admin = await openPage(site.browser);
    const page = admin.page;
    await page.goto(`${site.server.url}/admin/login`);
    await waitForHydration(page);
    await signIn(page, 'eka.admin@heritage-hub.example', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Staff dashboard' }).waitFor();
    await page.getByRole('figure', { name: 'Submissions by country' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], '/admin');

    await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff accounts' }).waitFor();
    await waitForHydration(page);
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/users');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter an email address.' }).waitFor();
    await page.getByLabel('Email address').fill('gio.reviewer@heritage-hub.example');
    await page.getByLabel('Name', { exact: true }).fill('Gio Reviewer');
    await page.getByLabel('Role', { exact: true }).selectOption('reviewer');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByRole('status').filter({ hasText: 'The invitation is on its way' }).waitFor();
    await page.getByRole('row', { name: /Gio Reviewer/ }).getByText('Invited, no password yet').waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/users after inviting');

    // The invitation is in the outbox; its one-time link reaches only the invited person's inbox
    // (once sent, the outbox keeps no working link, so the preview may already show it removed).
    await page.goto(`${site.server.url}/admin/outbox`);
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/outbox');
    const invitation = page.locator('.outbox__email').filter({ hasText: 'gio.reviewer@heritage-hub.example' });
    await invitation.getByText('Preview').click();
    const link = await linkInMail(site.server, 'gio.reviewer@heritage-hub.example', /(https?:\/\/\S+\/admin\/invitation\/[0-9a-f]{64})/);

    const reviewer = await openPage(site.browser);
    await reviewer.page.goto(link.replace(/^https?:\/\/[^/]+/, site.server.url));
    await reviewer.page.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
    await waitForHydration(reviewer.page);
    assert.deepEqual(await accessibilityViolations(reviewer.page), [], 'invitation');
    await reviewer.page.getByLabel('New password').fill('gio chooses a long passphrase');
    await reviewer.page.getByLabel('The same password again').fill('gio chooses a long passphrase');
    await reviewer.page.getByRole('button', { name: 'Save my password and sign in' }).click();
    await reviewer.page.getByRole('heading', { level: 1, name: 'Staff dashboard' }).waitFor();
    assert.match(await reviewer.page.locator('main').innerText(), /Signed in as Gio Reviewer/);
    assert.equal(await reviewer.page.getByRole('link', { name: 'Outbox' }).count(), 0, 'reviewers see only their pages');
    await reviewer.page.getByRole('link', { name: 'Your account' }).click();
    await reviewer.page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    assert.deepEqual(await accessibilityViolations(reviewer.page), [], '/admin/account');

    await reviewer.page.goto(`${site.server.url}/admin/submissions?q=${reference}`);
    await reviewer.page.getByRole('link', { name: reference }).click();
    await reviewer.page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
    await waitForHydration(reviewer.page);
    for (const criterion of ['Relevance to the triple transformation', 'Impact and evidence', 'Transferability', 'Innovation', 'Quality and sustainability']) {
      await reviewer.page.getByRole('group', { name: criterion }).getByLabel('4', { exact: false }).first().check();
    }
    await reviewer.page.getByRole('button', { name: 'Save my score' }).click();
    await reviewer.page.getByRole('heading', { name: 'Change your score' }).waitFor();
    assert.deepEqual(await accessibilityViolations(reviewer.page), [], 'reviewer on the submission');
    await reviewer.close();

    await page.goto(`${site.server.url}/admin/submissions?q=${reference}`);
    await page.getByRole('link', { name: reference }).click();
    await page.getByText('Weighted average: 4.00').waitFor();
    await waitForHydration(page);
    await page.getByLabel('Move to').selectOption('selected');
    await page.getByRole('button', { name: 'Change the status' }).click();
    await page.getByText('Status: Selected').waitFor();
    await page.getByRole('cell', { name: 'Scored it 4.00 (weighted)' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], 'submission with its history');

    // The selected practice becomes a public one: a draft first, then published.
    await page.getByRole('button', { name: 'Open its public practice' }).click();
    await page.getByRole('heading', { level: 2, name: 'Preview of the saved practice' }).waitFor();
    await waitForHydration(page);
    assert.match(await page.locator('main').innerText(), /A draft: visitors cannot see it/);
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/practices/{id}');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const publicLink = page.getByRole('link', { name: /^\/practices\// });
    await publicLink.waitFor();
    const publicPath = await publicLink.innerText();
    await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Practices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practices' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/practices');
    const visitor = await openPage(site.browser);
    const response = await visitor.page.goto(`${site.server.url}${publicPath}`);
    assert.equal(response.status(), 200);
    assert.doesNotMatch(await visitor.page.content(), /tamar\.journey@example\.ge/);
    assert.deepEqual(await accessibilityViolations(visitor.page), [], publicPath);
    await visitor.close();

    await page.goto(`${site.server.url}/admin/outbox?status=held`);
    const decision = page.locator('.outbox__email').filter({ hasText: 'tamar.journey@example.ge' });
    await decision.locator('strong').filter({ hasText: 'Your practice has been selected' }).waitFor();
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Release the held emails' }).click();
    // Earlier tests' decisions may be held too: all on the page go together.
    await page.getByRole('status').filter({ hasText: /\d+ emails? released/ }).waitFor();
    assert.equal(await page.locator('.outbox__email').filter({ hasText: 'Held for release' }).count(), 0);
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/outbox after release');

    await page.goto(`${site.server.url}/admin/templates`);
    await page.getByRole('heading', { level: 1, name: 'Email templates' }).waitFor();
    await waitForHydration(page);
    const acceptance = page.getByRole('region', { name: 'Practice selected' });
    await acceptance.getByLabel('Subject').fill('Selected: {title}');
    await acceptance.getByText('Preview with example values').click();
    await acceptance.getByText('Selected: Restoring the wooden balconies of Old Tbilisi').waitFor();
    await acceptance.getByLabel('Subject').fill('Selected: {tilte}');
    await acceptance.getByText('{tilte} is not a placeholder', { exact: false }).first().waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/templates');

    await page.goto(`${site.server.url}/admin/settings`);
    await page.getByRole('heading', { level: 1, name: 'Call and site settings' }).waitFor();
    await waitForHydration(page);
    await page.getByLabel('Introduction (Markdown)').fill('A **bold** call.');
    await page.getByRole('button', { name: 'Preview' }).first().click();
    await page.locator('.markdown-preview strong').filter({ hasText: 'bold' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/settings');

    await page.goto(`${site.server.url}/admin/audit`);
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByRole('cell', { name: /Released \d+ held emails?/ }).first().waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/audit');

    await page.goto(`${site.server.url}/admin/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Personal data' }).waitFor();
    await waitForHydration(page);
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/privacy');
    const erase = page.locator('form[aria-labelledby="erase-heading"]');
    await erase.getByLabel('Email address').fill('never-wrote@example.org');
    await erase.getByRole('button', { name: 'Erase their data' }).click();
    await erase.getByText('Tick the box to confirm', { exact: false }).first().waitFor();
    await erase.getByLabel('I understand that this cannot be undone.').check();
    await erase.getByRole('button', { name: 'Erase their data' }).click();
    await page.getByRole('status').filter({ hasText: 'Erased 0 submissions (0 files)' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/privacy after an erasure');
    await admin.close();
  });

  test('two-step sign-in: turned on with a code from an app, then asked for after the password', async () => {
    site.server.cli(['admin', 'create', '--email', 'dato.admin@heritage-hub.example', '--password-stdin'], `${PASSWORD}\n`);
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.server.url}/admin/login`);
    await waitForHydration(page);
    await signIn(page, 'dato.admin@heritage-hub.example', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Staff dashboard' }).waitFor();
    await page.getByRole('link', { name: 'Your account' }).click();
    const key = await page.locator('.secret-key').innerText();
    await waitForHydration(page);
    await page.getByLabel('Code from your app').fill(totp(key, Date.now()));
    await page.getByRole('button', { name: 'Turn two-step sign-in on' }).click();
    await page.getByText('Two-step sign-in is on').waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/account with two-step on');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
    await signIn(page, 'dato.admin@heritage-hub.example', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
    await waitForHydration(page);
    assert.deepEqual(await accessibilityViolations(page), [], '/admin/login/code');
    await page.getByLabel('6-digit code').fill(totp(key, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff dashboard' }).waitFor();
    await close();
  });
});

// RFC 6238 (HMAC-SHA1, 30 s, 6 digits) for base32 `key` at `milliseconds`, as an app computes it.
function totp(key, milliseconds) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of key.replace(/\s/g, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const secret = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(milliseconds / 30_000)));
  const hash = createHmac('sha1', secret).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  return String((hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
