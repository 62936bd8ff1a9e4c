// Workshop sign-up in a real browser: with JavaScript (the form answers in place) and without
// (the form posts and the page comes back), with the seat count, errors and axe checked.

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

const site = useSite();

async function fillSignUp(page, email) {
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ani Hakobyan');
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Gyumri Municipality');
  await page.getByRole('combobox', { name: 'Type of organisation' }).selectOption('city-administration');
  await page.getByRole('combobox', { name: 'Country' }).selectOption('AM');
  await page.getByRole('combobox', { name: 'Your role' }).selectOption('technical');
  await page.getByRole('checkbox', { name: /I agree that my details are used/ }).check();
}

describe('workshop sign-up', () => {
  test('with JavaScript: problems are named, then the seat is taken and counted', async () => {
    const { page, close } = await openPage(site.browser);
    const errors = watchForErrors(page);
    await page.goto(`${site.server.url}/workshops`);
    await page.getByRole('link', { name: 'Heritage and climate adaptation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Heritage and climate adaptation' }).waitFor();
    await waitForHydration(page);
    await page.getByText('100 seats left of 100.').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);

    await page.getByRole('button', { name: 'Sign up' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    for (const problem of ['This field is required.', 'Choose a country from the list.', 'Tick the box to agree']) {
      assert.ok((await summary.innerText()).includes(problem), problem);
    }
    assert.deepEqual(await accessibilityViolations(page), [], 'with the errors shown');

    await fillSignUp(page, 'ani@gyumri.example.am');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('status').filter({ hasText: 'You have a seat.' }).waitFor();
    await page.getByText('99 seats left of 100.').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await close();
  });

  test('without JavaScript: the form posts, and a second sign-up with the address is refused', async () => {
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/workshops/heritage-and-climate`);
    await fillSignUp(page, 'nino@tbilisi.example.ge');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('You have a seat.').waitFor();
    assert.match(page.url(), /signed_up=confirmed/);

    await fillSignUp(page, 'nino@tbilisi.example.ge');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('nino@tbilisi.example.ge is already signed up for this workshop').first().waitFor();
    assert.equal(await page.getByText('You have a seat.').count(), 0, 'the earlier outcome is gone');
    await close();
  });
});

const PASSWORD = 'a long admin passphrase';
const MANAGE_LINK = /(\/manage\/[0-9a-f]{64})/;

/** Signs `page` in as a new admin made with the command line. */
async function signInAsAdmin(page, email) {
  site.server.cli(['admin', 'create', '--email', email, '--password-stdin'], `${PASSWORD}\n`);
  await page.goto(`${site.server.url}/admin/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Staff dashboard' }).waitFor();
}

describe('running a workshop', () => {
  test('an admin plans one; a person signs up, finds the email, cancels through its link, and the seat comes back', async () => {
    const staff = await openPage(site.browser);
    const admin = staff.page;
    const adminErrors = watchForErrors(admin);
    await signInAsAdmin(admin, 'wanda.admin@heritage-hub.example');
    await admin.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Workshops' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Workshops' }).waitFor();
    await waitForHydration(admin);
    assert.deepEqual(await accessibilityViolations(admin), [], '/admin/workshops');

    await admin.getByRole('button', { name: 'Plan a new workshop' }).click();
    await admin.getByRole('heading', { level: 1, name: 'New workshop' }).waitFor();
    assert.deepEqual(await accessibilityViolations(admin), [], 'the editor');
    await admin.getByLabel('Title', { exact: true }).fill('Stories of rebuilt bridges');
    await admin.getByLabel('Address').fill('rebuilt-bridges');
    await admin.getByLabel('Theme', { exact: true }).fill('Social');
    await admin.getByLabel('Description', { exact: true }).fill('Mostar, Novi Sad and Kyiv on rebuilding what connects people.');
    await admin.getByLabel('Time zone of the times below').selectOption('Asia/Tbilisi');
    await admin.getByLabel('Starts').fill('2031-12-09T17:00');
    await admin.getByLabel('Seats').fill('5');
    await admin.getByLabel('Online meeting link').fill('https://meet.example.org/bridges');
    await admin.getByLabel('Sign-ups open').fill('2026-01-01T09:00');
    await admin.getByLabel('Sign-ups close').fill('2031-12-09T15:00');
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Stories of rebuilt bridges' }).waitFor();
    await admin.getByRole('button', { name: 'Publish for sign-ups' }).click();
    await admin.getByRole('button', { name: 'Take back to a draft' }).waitFor();

    // A visitor in Tbilisi sees Brussels time and their own.
    const visiting = await openPage(site.browser, { timezoneId: 'Asia/Tbilisi' });
    const visitor = visiting.page;
    const visitorErrors = watchForErrors(visitor);
    await visitor.goto(`${site.server.url}/workshops/rebuilt-bridges`);
    await waitForHydration(visitor);
    await visitor.getByText('Tuesday, 9 December 2031, 14:00 (Brussels time)').waitFor();
    await visitor.getByText(/Your time: .*17:00.*\(Asia\/Tbilisi\)/).waitFor();
    await visitor.getByText('5 seats left of 5.').waitFor();
    await fillSignUp(visitor, 'mila@mostar.example.ba');
    await visitor.getByRole('button', { name: 'Sign up' }).click();
    await visitor.getByRole('status').filter({ hasText: 'You have a seat.' }).waitFor();
    await visitor.getByText('4 seats left of 5.').waitFor();

    // The confirmation, read in the outbox, carries the meeting link, the calendar file and the link.
    await admin.goto(`${site.server.url}/admin/outbox`);
    await admin.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    const confirmation = admin.locator('.outbox__email').filter({ hasText: 'mila@mostar.example.ba' }).first();
    assert.match(await confirmation.innerText(), /Your seat at the workshop “Stories of rebuilt bridges”/);
    await confirmation.getByText('Preview').click();
    const text = await confirmation.locator('pre').innerText();
    assert.match(text, /Join online: https:\/\/meet\.example\.org\/bridges/);
    // Once sent, the outbox keeps no working link: the person's own inbox has it.
    const link = await linkInMail(site.server, 'mila@mostar.example.ba', /(\/manage\/[0-9a-f]{64})/);

    await visitor.goto(`${site.server.url}${link}`);
    await visitor.getByRole('heading', { level: 1, name: 'Your registration: Stories of rebuilt bridges' }).waitFor();
    await waitForHydration(visitor);
    await visitor.getByText('You have a seat.').waitFor();
    assert.deepEqual(await accessibilityViolations(visitor), [], 'the registration page');
    await visitor.getByRole('button', { name: 'Cancel my place' }).click();
    await visitor.getByRole('alert').filter({ hasText: 'Tick the box to confirm' }).waitFor();
    await visitor.getByRole('checkbox', { name: 'I want to give up my place at this workshop.' }).check();
    await visitor.getByRole('button', { name: 'Cancel my place' }).click();
    await visitor.getByText('Your place is cancelled.').waitFor();
    assert.deepEqual(await accessibilityViolations(visitor), [], 'after cancelling');

    await visitor.goto(`${site.server.url}/workshops/rebuilt-bridges`);
    await visitor.getByText('5 seats left of 5.').waitFor();

    await admin.goto(`${site.server.url}/admin/workshops`);
    await admin.getByRole('link', { name: 'Stories of rebuilt bridges' }).click();
    await admin.getByRole('heading', { level: 2, name: 'Registrations' }).waitFor();
    assert.match(await admin.locator('#registrations').innerText(), /mila@mostar\.example\.ba[\s\S]*Cancelled/);
    assert.deepEqual(await accessibilityViolations(admin), [], 'the editor with registrations');
    assert.deepEqual(adminErrors, []);
    // The one refusal is the cancellation sent without the box ticked.
    assert.deepEqual(visitorErrors, ['console: Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)']);
    await visiting.close();
    await staff.close();
  });

  test('without JavaScript: cancelling through the emailed link works too', async () => {
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/workshops/digital-heritage-for-communities`);
    await fillSignUp(page, 'taro@kutaisi.example.ge');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('You have a seat.').waitFor();
    const link = await linkInMail(site.server, 'taro@kutaisi.example.ge', MANAGE_LINK);
    await page.goto(`${site.server.url}${link}`);
    await page.getByRole('checkbox', { name: 'I want to give up my place at this workshop.' }).check();
    await page.getByRole('button', { name: 'Cancel my place' }).click();
    await page.getByText('Your place is cancelled.').waitFor();
    await close();
  });
});

describe('peer-learning visits', () => {
  test('without JavaScript: apply, and follow the application through its link', async () => {
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/visits`);
    await page.getByRole('link', { name: 'The balconies of old Tbilisi' }).click();
    await page.getByRole('heading', { level: 2, name: 'Apply to join the delegation' }).waitFor();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Why do you want to join?', { exact: false }).first().waitFor();
    assert.ok((await page.getByRole('alert').innerText()).includes('This field is required.'));
    await fillSignUp(page, 'eka@batumi.example.ge');
    await page.getByLabel('Why do you want to join?').fill('Batumi protects its wooden houses and wants to learn how Tbilisi funds repairs.');
    await page.getByRole('checkbox', { name: /I agree that my details are used to choose/ }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Your application has arrived.').waitFor();
    const link = await linkInMail(site.server, 'eka@batumi.example.ge', MANAGE_LINK);
    await page.goto(`${site.server.url}${link}`);
    await page.getByText('Received, not decided yet').waitFor();
    await close();
  });

  test('with JavaScript: the visit pages and the form have zero axe violations', async () => {
    const { page, close } = await openPage(site.browser);
    const errors = watchForErrors(page);
    await page.goto(`${site.server.url}/visits`);
    await waitForHydration(page);
    assert.deepEqual(await accessibilityViolations(page), [], '/visits');
    await page.getByRole('link', { name: 'The balconies of old Tbilisi' }).click();
    await page.getByRole('heading', { level: 1, name: 'The balconies of old Tbilisi' }).waitFor();
    await page.getByRole('link', { name: "Retrofitting Tbilisi's balcony houses with their residents" }).first().waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], 'the visit');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], 'with the errors shown');
    assert.deepEqual(errors, []);
    await close();
  });
});
