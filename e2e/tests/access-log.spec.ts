// "Who has seen my data": the patient's access log, with JavaScript on and
// off and on a phone — the care units' accesses, a filter by a plain GET
// form, the patient's own views apart, and the CSV download.
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

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
