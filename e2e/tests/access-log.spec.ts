// "Who has seen my data": the patient's access log, with JavaScript on and
// off and on a phone — the care units' accesses, a filter by a plain GET
// form, the patient's own views apart, and the CSV download.
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { asStaff, axeFindsNothing, mailsTo } from './helpers';


async function signInAsTolvan(page: Page) {
  await page.goto('/auth/login');
  await page.getByLabel('Personnummer').fill('19121212-1212');
  await page.getByRole('button', { name: 'Legitimera' }).click();
  await expect(page).toHaveURL(/\/me$/);
}

const huddinge = 'Reproduktionsmedicin, Karolinska Universitetssjukhuset Huddinge';

test('the log shows the care units, filters by register and keeps own views apart', async ({ page }) => {
  await signInAsTolvan(page);
  await page.getByRole('link', { name: 'Vem har tagit del av mina uppgifter?' }).click();
  await expect(page).toHaveURL(/\/me\/log$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vem har tagit del av mina uppgifter');
  const table = page.locator('table.log');
  await expect(table.getByText(huddinge).first()).toBeVisible();
  await expect(table.getByText('Du själv')).toHaveCount(0);

  await page.getByLabel('Register').selectOption('ndr');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page).toHaveURL(/register=ndr/);
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(table.getByText(huddinge)).toHaveCount(0);

  await page.getByRole('link', { name: 'Dina egna visningar och nedladdningar' }).click();
  await expect(page).toHaveURL(/who=own/);
  await expect(page.getByRole('link', { name: 'Dina egna visningar och nedladdningar' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Vad betyder de olika åtkomsterna?' })).toBeVisible();
});

test('the log downloads as CSV with the page filter', async ({ page }) => {
  await signInAsTolvan(page);
  await page.goto('/me/log?register=qivf');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hämta loggen (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^insyn-logg-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  expect(lines[0]).toBe('number,time,register,who,care_unit_hsa_id,care_unit_name,kind,reason,source,purpose');
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((line) => line.split(',')[2] === 'qivf')).toBe(true);
});

test('asking why a care unit read the data files a question with the entry', async ({ page }, testInfo) => {
  // Someone of the demo who is used for nothing else, one per project.
  const person = { js: '19490819-9872', 'no-js': '19510611-9828', phone: '19621008-9899' }[testInfo.project.name] ?? '19390327-9945';
  await page.goto('/auth/login');
  await page.getByLabel('Personnummer').fill(person);
  await page.getByRole('button', { name: 'Legitimera' }).click();
  await page.goto('/me/log');
  await page.getByRole('link', { name: 'Fråga varför' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fråga om en åtkomst');
  await page.getByLabel('Din fråga').fill('Jag känner inte igen den här mottagningen. Varför läste de mina uppgifter?');
  await page.getByRole('button', { name: 'Skicka frågan' }).click();
  await expect(page).toHaveURL(/\/me\/requests\/INS-/);
  await expect(page.getByText('Jag känner inte igen den här mottagningen')).toBeVisible();
});

test('the log says why, carries proofs in its download, and anyone can fetch the signed checkpoint', async ({ page, request }) => {
  await signInAsTolvan(page);
  await page.goto('/me/log');
  await expect(page.locator('table.log').getByText('Uppföljning av vårdens kvalitet').first()).toBeVisible();
  await page.getByRole('link', { name: 'Du kan kontrollera loggen själv.' }).click();
  await expect(page).toHaveURL(/\/log$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kontrollera åtkomstloggen själv');
  await expect(page.getByText('Publik nyckel')).toBeVisible();
  const checkpoint = await request.get('/log/checkpoint');
  if (checkpoint.status() === 200) {
    // The server signs a checkpoint at start; its note names the log.
    const note = await checkpoint.text();
    expect(note.split('\n')[1]).toMatch(/^\d+$/);
    expect(note).toContain('\n\n\u2014 ');
    await page.goto('/me/log');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hämta loggen (JSON)' }).click(),
    ]);
    const log = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(log.checkpoint.note.split('\n')[0]).toBe(note.split('\n')[0]);
    expect(log.entries.some((e: { proof?: unknown }) => e.proof)).toBe(true);
  }
});

test('the browser checks every proof of the log against the published key; without JavaScript the page says how', async ({ page }, testInfo) => {
  await signInAsTolvan(page);
  await page.goto('/me/log');
  const verify = page.locator('#verify');
  const button = verify.getByRole('button', { name: 'Kontrollera min logg i webbläsaren' });
  await expect(verify.getByText('insyn verify-proof insyn-logg.json --public-key KEY')).toBeVisible();
  if (testInfo.project.name === 'no-js') {
    await expect(button).toBeHidden();
    await expect(verify.getByText(/Utan JavaScript, eller på din egen dator/)).toBeVisible();
    return;
  }
  // Nothing of the verifier is loaded before the patient asks.
  const loaded: string[] = [];
  page.on('request', (r) => { if (/insyn_verifier/.test(r.url())) loaded.push(r.url()); });
  await expect(button).toBeVisible();
  expect(loaded).toEqual([]);
  await button.click();
  const result = verify.locator('.verify-result');
  await expect(result).toHaveText(/^Alla \d+ poster finns i loggen som signerades den \d{4}-\d{2}-\d{2} med nyckeln [0-9a-f]{8}\./);
  await expect(result).toHaveAttribute('data-outcome', 'verified');
  expect(loaded.some((url) => url.endsWith('.wasm'))).toBe(true);

  // Another key: the checkpoint is not its.
  await verify.getByLabel('Nyckel att kontrollera mot').fill('3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29');
  await button.click();
  await expect(result).toHaveText('Kontrollpunkten i din nedladdning är inte signerad med den här nyckeln.');
  await expect(result).toHaveAttribute('data-outcome', 'failed');
});

test('the browser verifier finds a changed or swapped entry in what the server sends, at that entry', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'no-js', 'the check runs in the browser');
  await signInAsTolvan(page);
  // A server that lies: the download as sent is altered before the page reads it.
  let alter: (log: any) => number = () => 0;
  let expected = 0;
  await page.route('**/me/log.json', async (route) => {
    const response = await route.fetch();
    const log = await response.json();
    expected = alter(log);
    await route.fulfill({ response, body: JSON.stringify(log) });
  });
  await page.goto('/me/log');
  const verify = page.locator('#verify');
  const button = verify.getByRole('button', { name: 'Kontrollera min logg i webbläsaren' });
  const result = verify.locator('.verify-result');
  const proven = (log: any) => log.entries.filter((e: any) => e.proof);

  alter = (log) => {
    const [victim] = proven(log);
    victim.proof.leaf.reason = 'Aldrig hänt';
    return victim.number;
  };
  await button.click();
  await expect(result).toHaveAttribute('data-outcome', 'failed');
  await expect(result).toHaveText(`Post nummer ${expected} finns INTE i den signerade loggen så som din nedladdning visar den. Spara nedladdningen och kontakta registrets dataskyddsombud.`);

  alter = (log) => {
    const [first, second] = proven(log);
    [first.proof.leaf, second.proof.leaf] = [second.proof.leaf, first.proof.leaf];
    return first.number;
  };
  await button.click();
  await expect(result).toHaveText(new RegExp(`^Post nummer ${expected} finns INTE`));
});

test('an access posted by a register shows with its purpose and data, and a notice that names no register arrives once', async ({ page, browser, request }, testInfo) => {
  // Ali, in NDR, is in no other browser test: every access to his data here
  // is this test's, so "once" can be counted. One run: the projects would share him.
  test.skip(testInfo.project.name !== 'js', 'one run of the mail journey');
  await page.goto('/auth/login');
  await page.getByLabel('Personnummer').fill('19710415-9855');
  await page.getByRole('button', { name: 'Legitimera' }).click();
  await expect(page).toHaveURL(/\/me$/);
  const address = `ali.${Date.now()}@example.se`;
  await page.goto('/me/requests');
  await page.getByLabel('E-postadress').fill(address);
  await page.getByRole('button', { name: 'Spara adressen' }).click();
  const [confirmation] = await mailsTo(address, 1);
  await page.goto(confirmation.text.match(/https?:\/\/\S+\/me\/email\/confirm\/\S+/)![0]);
  await expect(page.getByText('Adressen är bekräftad.')).toBeVisible();

  await page.goto('/me/log');
  await page.getByRole('link', { name: 'Få ett mejl när någon tar del av dina uppgifter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notiser vid åtkomst');
  await expect(page.getByLabel('Alla register jag finns i')).toBeChecked();
  await page.getByRole('button', { name: 'Slå på notiser' }).click();
  await expect(page.getByRole('status')).toHaveText('Dina notiser vid åtkomst är sparade.');
  await expect(page.getByText(`Notiserna är på och går till ${address}.`)).toBeVisible();
  await axeFindsNothing(page, testInfo.project.name);

  // The register reports an access, with why and which data, through its API.
  const admin = await asStaff(browser, true, 'SE2321000016-9001');
  await admin.goto('/admin/tokens');
  await admin.getByLabel('Register').selectOption('ndr');
  await admin.getByLabel('Beskrivning').fill(`Åtkomstlogg ${Date.now()}`);
  await admin.getByRole('button', { name: 'Skapa nyckel' }).click();
  const secret = (await admin.locator('code.secret').textContent())!;
  await admin.context().close();
  const reason = `Granskning av inrapporterade cykler ${Date.now()}`;
  const posted = await request.post('/api/v1/registers/ndr/access-events', {
    headers: { authorization: `Bearer ${secret}` },
    data: { items: [{
      id: `E2E-NOTICE-${Date.now()}`,
      personnummer: '19710415-9855',
      occurred_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      care_unit: 'SE2321000255-RM03',
      kind: 'read',
      reason,
      purpose: 'data_quality',
      data: [{ record_type: 'annual_visit', fields: ['visit_date'] }],
    }] },
  });
  expect(posted.status(), await posted.text()).toBe(200);

  await page.goto('/me/log');
  const row = page.locator('table.log tr', { hasText: reason });
  await expect(row).toContainText('Kontroll av uppgifterna');
  await expect(row).toContainText('Uppgifter:');

  const notices = (await mailsTo(address, 2)).slice(1);
  await new Promise((r) => setTimeout(r, 2000));
  const all = (await mailsTo(address, 2)).slice(1);
  expect(all.length, 'exactly once').toBe(1);
  const [notice] = notices;
  expect(notice.subject).toBe('Ny rad i din åtkomstlogg');
  expect(notice.text).toContain('Det finns en ny rad i din åtkomstlogg');
  for (const secretWord of ['NDR', 'diabetes', 'Diabetes', 'RM03', 'Malmö', 'Skåne', 'Ali', '9855']) {
    expect(notice.subject + notice.text + JSON.stringify(notice), secretWord).not.toContain(secretWord);
  }

  // Off, for the next run.
  await page.goto('/me/log/notices');
  await page.getByRole('button', { name: 'Stäng av notiser' }).click();
  await expect(page.getByRole('status')).toHaveText(/Notiser vid åtkomst är avstängda/);
});
