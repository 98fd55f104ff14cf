// The signed-in patient's own data: Mina register, the data of one
// register in both languages, and the copies — the JSON validated against
// the schema the portal serves, the PDF a real PDF. With JavaScript on and off.
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

async function signInAsTolvan(page: Page) {
  await page.goto('/auth/login');
  await page.getByLabel('Personnummer').fill('19121212-1212');
  await page.getByRole('button', { name: 'Legitimera' }).click();
  await expect(page).toHaveURL(/\/me$/);
}

test('Mina register marks both registers, with records and latest change', async ({ page }) => {
  await signInAsTolvan(page);
  for (const name of [/assisterad befruktning/, /Diabetesregistret/]) {
    const card = page.locator('li.card', { has: page.getByRole('link', { name }) });
    await expect(card.getByText(/Registrerad sedan/)).toBeVisible();
    await expect(card.getByText(/\d+ poster · senast ändrad \d{4}-\d{2}-\d{2}/)).toBeVisible();
  }
  const stroke = page.locator('li.card', { hasText: 'Riksstroke' });
  await expect(stroke.getByText('Inte registrerad')).toBeVisible();
});

test('the Q-IVF data reads in Swedish and in English', async ({ page }) => {
  await signInAsTolvan(page);
  await page.locator('li.card', { hasText: 'Q-IVF' }).getByRole('link', { name: 'Se dina uppgifter' }).click();
  await expect(page).toHaveURL(/\/me\/registers\/qivf$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('assisterad befruktning');
  await expect(page.getByRole('heading', { name: 'Behandlingscykel' })).toBeVisible();
  await expect(page.getByText('Antal utplockade ägg').first()).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/me\/registers\/qivf$/);
  await expect(page.getByRole('heading', { name: 'Treatment cycle' })).toBeVisible();
  await expect(page.getByText('Oocytes retrieved').first()).toBeVisible();
});

test('the JSON copy validates against the schema the portal serves', async ({ page, request }) => {
  await signInAsTolvan(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hämta alla uppgifter (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^insyn-alla-register-\d{4}-\d{2}-\d{2}\.json$/);
  const copy = JSON.parse(await readFile(await download.path(), 'utf8'));
  const schema = await (await request.get('/schema/export-v1.json')).json();
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(copy), JSON.stringify(validate.errors, null, 1)).toBe(true);
  expect(copy.registers.map((r: { code: string }) => r.code)).toEqual(['ndr', 'qivf']);
});

test('the PDF register extract downloads as a PDF', async ({ page }) => {
  await signInAsTolvan(page);
  await page.goto('/me/registers/qivf');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Registerutdrag (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^registerutdrag-qivf-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});

/** Requests change what a person sees next time: each browser project files as its own person. */
const filer: Record<string, string> = { js: '19850314-9869', 'no-js': '19880702-9841', phone: '19920505-9984' };

test('a patient asks for a correction, fixes a mistake the form points out, and gets a receipt', async ({ page }, testInfo) => {
  await page.goto('/auth/login');
  await page.getByLabel('Personnummer').fill(filer[testInfo.project.name]);
  await page.getByRole('button', { name: 'Legitimera' }).click();
  await expect(page).toHaveURL(/\/me$/);
  await page.goto('/me/registers/qivf');
  await page.getByRole('link', { name: 'Begär rättelse eller komplettering' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rättelse eller komplettering');
  await page.getByLabel('Vad är fel eller saknas?').fill('Fel');
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  await expect(page.getByRole('alert')).toContainText('Kryssa i rutan');
  await expect(page.getByText('Beskriv lite utförligare, minst 10 tecken.').first()).toBeVisible();
  await page.getByLabel('Vad är fel eller saknas?').fill('Min återföring i mars 2024 saknas.');
  await page.getByLabel(/Jag vill att registret rättar/).check();
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  await expect(page).toHaveURL(/\/me\/requests\/INS-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page.getByText('Din begäran är mottagen.')).toBeVisible();
  await expect(page.getByText(/dagar kvar/)).toBeVisible();
  await page.getByRole('link', { name: 'Mina ärenden' }).first().click();
  await expect(page.getByRole('heading', { name: 'Rättelse eller komplettering' })).toBeVisible();
});
