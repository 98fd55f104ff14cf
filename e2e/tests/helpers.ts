// What the journeys share: signing in as a browser does, and axe against
// WCAG 2.1/2.2 AA where JavaScript runs (axe is JavaScript in the page).
import { expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeFindsNothing(page: Page, project: string) {
  if (project === 'no-js') return;
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

export async function signedIn(browser: Browser, javaScriptEnabled: boolean, path: string, field: string, value: string, button: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel(field).fill(value);
  await page.getByRole('button', { name: button }).click();
  return page;
}

export const asStaff = (browser: Browser, js: boolean, hsaId: string) =>
  signedIn(browser, js, '/staff/login', 'HSA-id', hsaId, 'Logga in med kort och PIN');

// The mail catcher the portal sends its notices to (playwright.config.ts).
const mailWeb = `http://127.0.0.1:${Number(process.env.E2E_MAIL_WEB_PORT ?? 1180)}`;

export type Mail = { subject: string; text: string; to: { address: string }[] };

/** The mails the catcher holds for `address`, once there are `count` of them. */
export async function mailsTo(address: string, count: number): Promise<Mail[]> {
  for (let i = 0; i < 150; i++) {
    const all: Mail[] = await (await fetch(`${mailWeb}/email`)).json();
    const mine = all.filter((m) => m.to.some((t) => t.address === address));
    if (mine.length >= count) return mine;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`fewer than ${count} mails to ${address}`);
}
