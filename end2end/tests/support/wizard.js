// Filling in the submission wizard, shared by the browser tests that need a sent practice.

import assert from 'node:assert/strict';
import { accessibilityViolations } from './harness.js';

/** Every step but the review: its heading and how to answer it. */
export const STEPS = [
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
export async function photo(page) {
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

export async function completeWizard(page, email, { checkAccessibility, javaScript = true }) {
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

