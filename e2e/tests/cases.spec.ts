// The whole life of a request, as the "done when" tells it: a patient
// asks for erasure from a register, that register's coordinator completes it
// (the coordinator of another register never sees it), and the patient sees
// the register marked avregistrerad and the data gone from the JSON copy.
// With an address for notices: the receipt and the completion arrive in the
// mail catcher. With JavaScript on and off, and on a phone.
import { test, expect, type Browser } from '@playwright/test';
import { asStaff, mailsTo, signedIn } from './helpers';

/** Erasure changes what a person has: each browser project erases a person of its own from NDR. */
const person: Record<string, string> = { js: '19901123-9861', 'no-js': '19580404-9830', phone: '19441201-9970' };

const asPatient = (browser: Browser, js: boolean, personnummer: string) =>
  signedIn(browser, js, '/auth/login', 'Personnummer', personnummer, 'Legitimera');

test('a patient is erased from a register by its coordinator and sees it in the portal and the copy', async ({ browser, javaScriptEnabled }, testInfo) => {
  const patient = await asPatient(browser, javaScriptEnabled, person[testInfo.project.name]);
  await expect(patient).toHaveURL(/\/me$/);

  // An address for notices, confirmed by the link in the first mail.
  const address = `${testInfo.project.name}.${Date.now()}@example.se`;
  await patient.goto('/me/requests');
  await patient.getByLabel('E-postadress').fill(address);
  await patient.getByRole('button', { name: 'Spara adressen' }).click();
  await expect(patient.getByText('Adressen är sparad.')).toBeVisible();
  const [confirmation] = await mailsTo(address, 1);
  await patient.goto(confirmation.text.match(/https?:\/\/\S+\/me\/email\/confirm\/\S+/)![0]);
  await expect(patient.getByText('Adressen är bekräftad.')).toBeVisible();

  await patient.goto('/me/registers/ndr');
  await patient.getByRole('link', { name: 'Begär radering och avregistrering' }).click();
  await patient.getByLabel(/Jag förstår att raderingen inte går att ångra/).check();
  await patient.getByRole('button', { name: 'Skicka begäran' }).click();
  await expect(patient).toHaveURL(/\/me\/requests\/INS-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const reference = patient.url().split('/').pop()!;
  const receipt = (await mailsTo(address, 2))[1];
  expect(receipt.subject).toBe('Vi har tagit emot din begäran');
  expect(receipt.text).toContain(reference);

  // The coordinator of another register never sees it.
  const outsider = await asStaff(browser, javaScriptEnabled, 'SE2321000016-1001');
  await expect(outsider).toHaveURL(/\/staff$/);
  await outsider.goto('/staff/requests');
  await expect(outsider.getByText(reference)).toHaveCount(0);
  expect((await outsider.goto(`/staff/requests/${reference}`))?.status()).toBe(404);

  // The NDR coordinator finds it in the queue, takes it and completes it.
  const coordinator = await asStaff(browser, javaScriptEnabled, 'SE2321000016-1003');
  await expect(coordinator).toHaveURL(/\/staff$/);
  await coordinator.goto(`/staff/requests?register=ndr&kind=erasure`);
  await coordinator.getByRole('link', { name: reference }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText(reference);
  await coordinator.getByRole('button', { name: 'Ta ärendet' }).click();
  await expect(coordinator.locator('.case-status')).toHaveText('Handläggs');
  await coordinator.getByRole('button', { name: 'Radera och avsluta' }).click();
  await expect(coordinator.getByRole('alert')).toContainText('Bekräfta');
  await coordinator.getByLabel(/Jag har kontrollerat att det är rätt person/).check();
  await coordinator.getByRole('button', { name: 'Radera och avsluta' }).click();
  await expect(coordinator.locator('.case-status')).toHaveText('Klar');
  await expect(coordinator.getByRole('heading', { name: /0 poster/ })).toBeVisible();

  const done = (await mailsTo(address, 4)).map((m) => m.subject);
  expect(done).toEqual(['Bekräfta din e-postadress för insyn', 'Vi har tagit emot din begäran', 'Din begäran handläggs', 'Din begäran är klar']);

  // The patient sees the register marked avregistrerad, the request done, the data gone.
  await patient.goto('/me');
  const card = patient.locator('li.card', { hasText: 'Diabetesregistret' });
  await expect(card.getByText(/Avregistrerad/)).toBeVisible();
  await patient.goto(`/me/requests/${reference}`);
  await expect(patient.locator('.request-status')).toHaveText('Klar');
  const copy = await (await patient.request.get('/me/export.json')).text();
  const ndr = JSON.parse(copy).registers.filter((r: { code: string }) => r.code === 'ndr');
  expect(ndr.every((r: { records?: unknown[] }) => (r.records ?? []).length === 0)).toBe(true);
});
