// Workshop sign-up in a real browser: with JavaScript (the form answers in place) and without
// (the form posts and the page comes back), with the seat count, errors and axe checked.

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
