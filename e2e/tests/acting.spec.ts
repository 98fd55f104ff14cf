// Acting for someone else, as the "done when" tells it: Tolvan acts
// for the child born after IVF (the child's Q-IVF data, the JSON copy, a
// correction, the child's log naming the guardian, back to himself) with
// JavaScript on and off, on a phone and in English; a chosen proxy acts for
// Birgitta until she revokes it; a legal representative entered by staff
// acts within the decision's registers. Each page says in words whom the
// person acts for, and axe finds nothing where it can run.
import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeFindsNothing(page: Page, project: string) {
  if (project === 'no-js') return; // axe runs as a script in the page
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

async function signIn(page: Page, personnummer: string) {
  await page.goto('/auth/login');
  await page.getByLabel('Personnummer').fill(personnummer);
  await page.getByRole('button', { name: 'Legitimera' }).click();
  await expect(page).toHaveURL(/\/me$/);
}

async function newPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: 'sv-SE' });
  return context.newPage();
}

test('a guardian acts for the child born after IVF and back', async ({ page, request }, testInfo) => {
  const project = testInfo.project.name;
  await signIn(page, '19121212-1212');
  await expect(page.getByText('Sixten')).toHaveCount(0); // past the age limit: not offered
  await page.getByRole('button', { name: 'Elin Tolvansson (du är vårdnadshavare)' }).click();
  await expect(page).toHaveURL(/\/me$/);
  const banner = page.getByRole('region', { name: 'Vem du företräder' });
  await expect(banner).toContainText('Du företräder ditt barn Elin Tolvansson som vårdnadshavare.');
  await axeFindsNothing(page, project);

  await page.goto('/me/registers/qivf');
  await expect(page.getByRole('heading', { name: 'Barnets födelse' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Behandlingscykel' })).toHaveCount(0);
  await expect(banner).toBeVisible();
  await axeFindsNothing(page, project);

  // One correction may be open per register: the first browser project to
  // file it gets the receipt; the others are shown the open one and go there.
  await page.goto('/me/registers/qivf/request/correction');
  const open = page.locator('p.notice a[href^="/me/requests/"]');
  if ((await open.count()) === 0) {
    await page.locator('#record').selectOption({ index: 1 });
    await page.getByLabel('Vad är fel eller saknas?').fill('Vikten är fel inskriven i registret.');
    await page.getByLabel(/Jag vill att registret rättar/).check();
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
  }
  const received = page.getByText('Din begäran är mottagen.');
  await expect(received.or(open)).toBeVisible();
  if (!(await received.isVisible())) await open.click();
  await expect(page).toHaveURL(/\/me\/requests\/INS-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page.getByText('Tolvan Tolvansson, som vårdnadshavare')).toBeVisible();

  // The child's copy: hers, valid against the schema, naming the guardian.
  await page.goto('/me');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hämta alla uppgifter (JSON)' }).click(),
  ]);
  const copy = JSON.parse(await readFile(await download.path(), 'utf8'));
  const schema = await (await request.get('/schema/export-v1.json')).json();
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  expect(ajv.validate(schema, copy), JSON.stringify(ajv.errors)).toBe(true);
  expect(copy.patient.personnummer).toBe('202103159824');
  expect(JSON.stringify(copy.registers)).toContain('child_birth');
  expect(copy.requests[0].filed_by).toEqual({ relation: 'guardian', name: 'Tolvan Tolvansson' });
  expect(copy.access_log.some((e: { acted_by?: { relation: string } }) => e.acted_by?.relation === 'guardian')).toBe(true);

  await page.goto('/me/log');
  await expect(page.getByText('Din vårdnadshavare Tolvan Tolvansson').first()).toBeVisible();
  await axeFindsNothing(page, project);

  await banner.getByRole('button', { name: 'Tillbaka till dig själv' }).click();
  await page.goto('/me/registers/qivf');
  await expect(page.getByRole('heading', { name: 'Behandlingscykel' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vem du företräder' })).toHaveCount(0);
});

test('a guardian acts for the child in English', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'one desktop browser walks the second language');
  await context.addCookies([{ name: 'insyn_lang', value: 'en', domain: '127.0.0.1', path: '/' }]);
  await page.goto('/auth/login');
  await page.getByLabel('Personnummer').fill('19121212-1212');
  await page.getByRole('button', { name: 'Legitimera' }).click();
  await expect(page).toHaveURL(/\/me$/);
  await page.getByRole('button', { name: 'Elin Tolvansson (you are their guardian)' }).click();
  const banner = page.getByRole('region', { name: 'Whom you act for' });
  await expect(banner).toContainText('You are acting for your child Elin Tolvansson as their guardian.');
  await page.goto('/me/registers/qivf');
  await expect(page.getByRole('heading', { name: "The child's birth" })).toBeVisible();
  await axeFindsNothing(page, 'js');
  await page.goto('/me/acting');
  await expect(page.getByLabel(/Myself/)).not.toBeChecked();
  await axeFindsNothing(page, 'js');
  await banner.getByRole('button', { name: 'Back to yourself' }).click();
  await expect(page.getByRole('region', { name: 'Whom you act for' })).toHaveCount(0);
});

test('a chosen proxy acts within scope until revoked, and cannot grant further', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'revoking changes the shared demo data: one project');
  const per = await newPage(browser, true);
  await signIn(per, '19621008-9899');
  await per.getByRole('button', { name: 'Birgitta Testdal (du är ombud)' }).click();
  await expect(per.getByRole('region', { name: 'Vem du företräder' })).toContainText('Du företräder Birgitta Testdal som ombud.');
  await per.goto('/me/registers/riksstroke');
  await expect(per.locator('li.record').first()).toBeVisible();
  await axeFindsNothing(per, 'js');
  const further = await per.goto('/me/proxies');
  expect(further?.status()).toBe(403);

  const birgitta = await newPage(browser, false);
  await signIn(birgitta, '19390327-9945');
  await birgitta.goto('/me/proxies');
  const card = birgitta.locator('li.card', { hasText: 'Per Påhittad, ombud' });
  await expect(card.getByText(/Får läsa och göra begäranden/)).toBeVisible();
  await card.getByRole('button', { name: /Återkalla fullmakten/ }).click();
  await expect(birgitta.getByText('Fullmakten är återkallad.')).toBeVisible();

  await per.goto('/me/registers/riksstroke');
  await expect(per.getByRole('region', { name: 'Vem du företräder' })).toHaveCount(0);
  await expect(per.getByText('Birgitta')).toHaveCount(0);
});

test('a person gives a read-only proxy for one register, and the form says what to fix', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the form on the desktop, with and without JavaScript');
  const person = testInfo.project.name === 'js' ? '19850314-9869' : '19880702-9841';
  await signIn(page, person);
  await page.getByRole('link', { name: 'Ombud' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ombud och företrädare');
  await page.getByLabel('Ombudets personnummer').fill('1980');
  await page.getByRole('button', { name: 'Ge fullmakt' }).click();
  await expect(page.getByRole('alert')).toContainText('Skriv ett giltigt personnummer med 12 siffror.');
  await page.getByLabel('Ombudets personnummer').fill('19800101-9937');
  await page.getByLabel('Bara de register jag kryssar för').check();
  await page.getByLabel(/assisterad befruktning/).check();
  const until = new Date(Date.now() + 90 * 864e5).toISOString().slice(0, 10);
  await page.getByLabel('Gäller till och med').fill(until);
  await page.getByRole('button', { name: 'Ge fullmakt' }).click();
  await expect(page.getByText('Fullmakten är given.')).toBeVisible();
  await expect(page.locator('li.card', { hasText: 'Nils Ingenstam, ombud' })).toContainText('Får läsa');
  await axeFindsNothing(page, testInfo.project.name);
});

test('staff enter a legal representative, who then acts within the decision', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'entering a representative changes the shared demo data: one project');
  const staff = await newPage(browser, true);
  await staff.goto('/staff/login');
  await staff.getByLabel('HSA-id').fill('SE2321000016-1002');
  await staff.getByRole('button', { name: 'Logga in med kort och PIN' }).click();
  await staff.getByRole('link', { name: 'Företrädare' }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Registrera god man eller förvaltare');
  await staff.getByLabel('Personnummer för den som företräds').fill('19510611-9828');
  await staff.getByLabel('Personnummer för god man eller förvaltare').fill('19750120-9873');
  await staff.getByLabel('Beslutets diarienummer').fill('ÖFN 2026-0456');
  await staff.getByLabel(/Diabetes/).check();
  await staff.getByLabel('Gäller från').fill('2026-01-01');
  await staff.getByLabel('Gäller till och med').fill('2029-12-31');
  await axeFindsNothing(staff, 'js');
  await staff.getByRole('button', { name: 'Registrera företrädaren' }).click();
  await expect(staff.getByText('Företrädaren är registrerad.')).toBeVisible();

  const gunilla = await newPage(browser, true);
  await signIn(gunilla, '19510611-9828');
  await gunilla.goto('/me/proxies');
  await expect(gunilla.locator('li.card', { hasText: 'Ahmed Provare, god man eller förvaltare' })).toContainText('ÖFN 2026-0456');

  // The demo's god man: Ingrid for Lars, in NDR and Riksstroke only.
  const ingrid = await newPage(browser, true);
  await signIn(ingrid, '19460202-9987');
  await ingrid.getByRole('button', { name: 'Lars Exempelholm (du är god man eller förvaltare)' }).click();
  await ingrid.goto('/me/registers/riksstroke');
  await expect(ingrid.getByRole('region', { name: 'Vem du företräder' })).toContainText('Du företräder Lars Exempelholm som god man eller förvaltare.');
  await expect(ingrid.locator('li.record').first()).toBeVisible();
  const outside = await ingrid.goto('/me/registers/qivf');
  expect(outside?.status()).toBe(404);
});
