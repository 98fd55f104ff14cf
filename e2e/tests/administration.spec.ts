// The clinics issue's other journeys, as its "done when" tells them:
// clinic staff register a verbal opt-out for a person in no register, who
// sees it on Mina register and in their log, and the filled-in form prints;
// an administrator creates a staff member and a token (shown once, refused
// after revoke), both in the admin trail; a coordinator's log follow-up
// flags the demo's planted accesses and takes a mark with a note. With
// JavaScript on and off and on a phone, in Swedish (English in
// accessibility.spec.ts); axe finds nothing where it can run.
import { test, expect } from '@playwright/test';
import { asStaff, axeFindsNothing, signedIn } from './helpers';

// Each project registers its own person (all run against one server).
const newcomer: Record<string, [string, string]> = {
  js: ['19700505-9808', '197005059808'],
  'no-js': ['19650303-9817', '196503039817'],
  phone: ['19900101-9828', '199001019828'],
};

test('an opt-out told at the clinic applies at once, shows to the person and prints', async ({ browser, javaScriptEnabled }, testInfo) => {
  const project = testInfo.project.name;
  const [personnummer] = newcomer[project];
  const clinic = await asStaff(browser, javaScriptEnabled, 'SE2321000131-2001');
  await expect(clinic).toHaveURL(/\/staff$/);
  await clinic.getByRole('main').getByRole('link', { name: 'Registrera ett nej' }).click();
  await expect(clinic).toHaveURL(/\/staff\/opt-outs$/);
  await axeFindsNothing(clinic, project);

  // Sent without a personnummer: the form again, saying what is missing.
  await clinic.getByRole('button', { name: 'Registrera nejet' }).click();
  await expect(clinic.locator('.error-summary')).toBeVisible();
  await axeFindsNothing(clinic, project);

  await clinic.getByLabel('Patientens personnummer').fill(personnummer);
  await clinic.getByLabel('Att registreras alls').check();
  await clinic.getByLabel('muntligt på mottagningen').check();
  await clinic.getByLabel('Giltig id-handling').check();
  await clinic.getByRole('button', { name: 'Registrera nejet' }).click();
  await expect(clinic.getByRole('status')).toContainText('Nejet är registrerat');
  const row = clinic.locator('tr', { hasText: personnummer });
  await expect(row).toContainText('Sanna Sahlgren');
  const pdf = await clinic.request.get((await row.getByRole('link', { name: /Skriv ut/ }).getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  await clinic.context().close();

  const person = await signedIn(browser, javaScriptEnabled, '/auth/login', 'Personnummer', personnummer, 'Legitimera');
  await expect(person).toHaveURL(/\/me$/);
  await expect(person.locator('.told-at-clinic').first()).toContainText('registrerat på Reproduktionsmedicin, Sahlgrenska Universitetssjukhuset');
  await axeFindsNothing(person, project);
  await person.goto('/me/log');
  await expect(person.getByText('Nej registrerat').first()).toBeVisible();
  await person.context().close();
});

test('an administrator creates a staff member and a token, which stops working when revoked', async ({ browser, javaScriptEnabled, request }, testInfo) => {
  const project = testInfo.project.name;
  const admin = await asStaff(browser, javaScriptEnabled, 'SE2321000016-9001');
  await expect(admin).toHaveURL(/\/staff$/);
  await admin.getByRole('main').getByRole('link', { name: 'Administration' }).click();
  await expect(admin).toHaveURL(/\/admin$/);
  await axeFindsNothing(admin, project);

  const hsaId = { js: 'SE2321000131-2101', 'no-js': 'SE2321000131-2102', phone: 'SE2321000131-2103' }[project]!;
  await admin.getByRole('link', { name: 'Personal', exact: true }).click();
  await admin.getByLabel('HSA-id', { exact: true }).fill(hsaId);
  await admin.getByLabel('Namn', { exact: true }).fill(`Nora Nilsson ${project}`);
  await admin.getByLabel('Mottagningspersonal').check();
  await admin.getByLabel('Nationellt kvalitetsregister för assisterad befruktning').check();
  await admin.getByLabel(/Reproduktionsmedicin, Sahlgrenska/).check();
  await admin.getByRole('button', { name: 'Spara' }).click();
  await expect(admin.getByRole('status')).toHaveText('Sparat.');
  await expect(admin.getByRole('link', { name: `Nora Nilsson ${project}` })).toBeVisible();
  await axeFindsNothing(admin, project);

  await admin.goto('/admin/tokens');
  await admin.getByLabel('Beskrivning').fill(`Testsystem ${project}`);
  await admin.getByRole('button', { name: 'Skapa nyckel' }).click();
  const secret = (await admin.locator('code.secret').textContent())!;
  expect(secret).toMatch(/^insyn_qivf_/);
  await axeFindsNothing(admin, project);
  const post = () => request.post('/api/v1/registers/qivf/records', {
    headers: { authorization: `Bearer ${secret}` },
    data: { items: [] },
  });
  expect((await post()).status()).not.toBe(401);
  await admin.goto('/admin/tokens');
  await expect(admin.locator('code.secret')).toHaveCount(0);
  const row = admin.locator('tr', { hasText: `Testsystem ${project}` });
  await row.getByRole('button', { name: /Spärra nyckel/ }).click();
  await expect(admin.getByRole('status')).toContainText('är spärrad');
  expect((await post()).status()).toBe(401);

  await admin.goto('/admin');
  await expect(admin.locator('td', { hasText: hsaId }).first()).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'Nyckel spärrad' }).first()).toBeVisible();
  await admin.context().close();

  const coordinator = await asStaff(browser, javaScriptEnabled, 'SE2321000016-1001');
  expect((await coordinator.goto('/admin/staff'))?.status()).toBe(403);
  await coordinator.context().close();
});

test('the log follow-up flags the planted accesses and takes a mark', async ({ browser, javaScriptEnabled }, testInfo) => {
  const project = testInfo.project.name;
  const reviewer = await asStaff(browser, javaScriptEnabled, 'SE2321000016-1001');
  await expect(reviewer).toHaveURL(/\/staff$/);
  await reviewer.getByRole('main').getByRole('link', { name: 'Loggranskning' }).click();
  // Up to the end of the demo's data: not what the tests did today.
  await reviewer.getByLabel('Från och med').fill('2025-01-01');
  await reviewer.getByLabel('Till och med').fill('2026-11-30');
  await reviewer.getByRole('button', { name: 'Visa' }).click();
  await expect(reviewer.getByText(/varav \d+ flaggade/)).toBeVisible();
  await expect(reviewer.locator('li.flag', { hasText: 'Utan koppling' })).toHaveCount(1);
  await expect(reviewer.locator('li.flag', { hasText: 'Skyddade personuppgifter' })).toHaveCount(1);
  await expect(reviewer.locator('li.flag', { hasText: 'Utanför kontorstid' })).toHaveCount(1);
  await expect(reviewer.locator('li.flag', { hasText: 'Många på en dag' })).toHaveCount(21);
  await axeFindsNothing(reviewer, project);

  const entry = reviewer.locator('li.card', { hasText: '20180212-9849' });
  await entry.getByLabel('Anteckning').fill(`Planerat återbesök (${project}).`);
  await entry.getByRole('button', { name: 'Markera som granskad' }).click();
  await expect(reviewer.locator('li.card', { hasText: '20180212-9849' }).locator('.review-mark')).toContainText(`Planerat återbesök (${project}).`);
  await expect(reviewer.locator('#trail-heading')).toBeVisible();
  await reviewer.context().close();
});
