// Clinics in their own role, as the "done when" tells it: Tolvan
// asks for a correction of her Q-IVF record reported by Reproduktions-
// medicin, Sahlgrenska; it reaches that clinic's staff member (queue and
// mail), who completes it; the Malmö clinic's staff member never sees it.
// With JavaScript on and off and on a phone; axe finds nothing where it can run.
import { test, expect } from '@playwright/test';
import { asStaff, axeFindsNothing, signedIn } from './helpers';

const mailWeb = `http://127.0.0.1:${Number(process.env.E2E_MAIL_WEB_PORT ?? 1180)}`;

test('a correction of a clinic\'s record reaches that clinic, which completes it; another clinic never sees it', async ({ browser, javaScriptEnabled }, testInfo) => {
  const project = testInfo.project.name;
  const tolvan = await signedIn(browser, javaScriptEnabled, '/auth/login', 'Personnummer', '19121212-1212', 'Legitimera');
  await expect(tolvan).toHaveURL(/\/me$/);

  // One correction may be open per register: the first project files it,
  // the others are shown the open one and follow it.
  await tolvan.goto('/me/registers/qivf/request/correction');
  const open = tolvan.locator('p.notice a[href^="/me/requests/"]');
  if ((await open.count()) === 0) {
    await tolvan.locator('#record').selectOption('QIVF-001-201');
    await tolvan.getByLabel('Vad är fel eller saknas?').fill('Det var en ICSI-behandling, inte en återföring av fryst embryo.');
    await tolvan.getByLabel(/Jag vill att registret rättar/).check();
    await tolvan.getByRole('button', { name: 'Skicka begäran' }).click();
  } else {
    await open.first().click();
  }
  await expect(tolvan).toHaveURL(/\/me\/requests\/INS-/);
  const reference = new URL(tolvan.url()).pathname.split('/').pop()!;
  await expect(tolvan.locator('dd.handled-by')).toHaveText('Reproduktionsmedicin, Sahlgrenska Universitetssjukhuset');

  const malmo = await asStaff(browser, javaScriptEnabled, 'SE2321000255-2002');
  await expect(malmo).toHaveURL(/\/staff$/);
  await malmo.goto('/staff/requests?status=');
  await expect(malmo.getByText(reference)).toHaveCount(0);
  expect((await malmo.goto(`/staff/requests/${reference}`))?.status()).toBe(404);

  const sahlgrenska = await asStaff(browser, javaScriptEnabled, 'SE2321000131-2001');
  await expect(sahlgrenska).toHaveURL(/\/staff$/);
  await expect(sahlgrenska.getByRole('link', { name: 'Utlämnanden' })).toHaveCount(0);
  await sahlgrenska.goto(`/staff/requests/${reference}`);
  await expect(sahlgrenska.locator('dd.handled-by')).toHaveText('Reproduktionsmedicin, Sahlgrenska Universitetssjukhuset');
  await axeFindsNothing(sahlgrenska, project);
  if (await sahlgrenska.locator('#target').count()) {
    const option = sahlgrenska.locator('#target option', { hasText: 'Behandling:' }).first();
    await sahlgrenska.locator('#target').selectOption(await option.getAttribute('value'));
    await sahlgrenska.locator('#value').fill('icsi');
    await sahlgrenska.getByLabel('Meddelande till patienten').fill('Rättat enligt journalen.');
    await sahlgrenska.getByRole('button', { name: 'Rätta och avsluta' }).click();
  }
  await expect(sahlgrenska.locator('.case-status')).toHaveText('Klar');

  // The clinic was told by mail, not the register's coordinators.
  const all: { to: { address: string }[] }[] = await (await fetch(`${mailWeb}/email`)).json();
  expect(all.some((m) => m.to.some((t) => t.address === 'sanna.sahlgren@sahlgrenska.example.se'))).toBe(true);

  await tolvan.goto(`/me/requests/${reference}`);
  await expect(tolvan.getByText('Rättat enligt journalen.').first()).toBeVisible();
  await axeFindsNothing(tolvan, project);
  await tolvan.context().close();
  await malmo.context().close();
  await sahlgrenska.context().close();
});
