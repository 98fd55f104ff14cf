// axe-core against WCAG 2.1 A and AA on every public page, in both
// languages. axe runs as JavaScript in the page, so the no-JS project skips
// this file (playwright.config.ts); the server sends the same HTML either way.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

for (const lang of ['sv', 'en']) {
  for (const path of ['/', '/registers', '/registers?q=ingenting', '/registers/qivf', '/registers/qivf/releases', '/log', '/finns-inte']) {
    test(`${path} in ${lang} has no WCAG 2.1 AA violations`, async ({ page, context }) => {
      await context.addCookies([{ name: 'insyn_lang', value: lang, domain: '127.0.0.1', path: '/' }]);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
}


const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const lang of ['sv', 'en']) {
  test(`the sign-in error page in ${lang} has no WCAG 2.1 AA violations`, async ({ page, context }) => {
    await context.addCookies([{ name: 'insyn_lang', value: lang, domain: '127.0.0.1', path: '/' }]);
    await page.goto('/auth/error?reason=assurance&who=patient');
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test(`the signed-in start pages in ${lang} have no WCAG 2.1 AA violations`, async ({ page, context }) => {
    await context.addCookies([{ name: 'insyn_lang', value: lang, domain: '127.0.0.1', path: '/' }]);
    await page.goto('/auth/login');
    await page.getByLabel('Personnummer').fill('19121212-1212');
    await page.getByRole('button', { name: 'Legitimera' }).click();
    await expect(page).toHaveURL(/\/me$/);
    let results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

    await page.goto('/staff/login');
    await page.getByLabel('HSA-id').fill('SE2321000016-1002');
    await page.getByRole('button', { name: 'Logga in med kort och PIN' }).click();
    await expect(page).toHaveURL(/\/staff$/);
    results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

for (const lang of ['sv', 'en']) {
  test(`a register's data and the access log in ${lang} have no WCAG 2.1 AA violations`, async ({ page, context }) => {
    await context.addCookies([{ name: 'insyn_lang', value: lang, domain: '127.0.0.1', path: '/' }]);
    await page.goto('/auth/login');
    await page.getByLabel('Personnummer').fill('19121212-1212');
    await page.getByRole('button', { name: 'Legitimera' }).click();
    await page.goto('/me/registers/qivf');
    let results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await page.goto('/me/log');
    await expect(page.locator('table.log')).toBeVisible();
    results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    // Followed by its address, and again if the log page is what shows:
    // in full suite runs (two workers) the browser was twice found still on
    // the log page after the navigation, never in this test alone (see the
    // closing note of session 6); what this test checks is the form's page.
    const why = await page.locator('a.ask-why').first().getAttribute('href');
    await expect(async () => {
      await page.goto(why!);
      await expect(page.locator('textarea#question')).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

for (const lang of ['sv', 'en']) {
  test(`a request form with messages in ${lang} has no WCAG 2.1 AA violations`, async ({ page, context }) => {
    await context.addCookies([{ name: 'insyn_lang', value: lang, domain: '127.0.0.1', path: '/' }]);
    await page.goto('/auth/login');
    // Someone who never files a request in these tests, so the form is always there.
    await page.getByLabel('Personnummer').fill('19860930-9862');
    await page.getByRole('button', { name: 'Legitimera' }).click();
    await page.goto('/me/registers/qivf/request/correction');
    await page.locator('form.request-form button[type=submit]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

for (const lang of ['sv', 'en']) {
  test(`the staff queue and a case in ${lang} have no WCAG 2.1 AA violations`, async ({ page, context, browser }) => {
    // A patient files a request (in a browser of their own)…
    const patient = await browser.newContext();
    const patientPage = await patient.newPage();
    await patientPage.goto('/auth/login');
    await patientPage.getByLabel('Personnummer').fill(lang === 'sv' ? '19830217-9828' : '19791224-9807');
    await patientPage.getByRole('button', { name: 'Legitimera' }).click();
    await patientPage.goto('/me/registers/qivf/request/erasure');
    const erasureForm = patientPage.locator('form.request-form');
    if (await erasureForm.count()) {
      await patientPage.locator('#confirm').check();
      await erasureForm.locator('button[type=submit]').click();
    }
    await patient.close();
    // …and the coordinator looks at the queue and the case.
    await context.addCookies([{ name: 'insyn_lang', value: lang, domain: '127.0.0.1', path: '/' }]);
    await page.goto('/staff/login');
    await page.getByLabel('HSA-id').fill('SE2321000016-1001');
    await page.getByRole('button', { name: 'Logga in med kort och PIN' }).click();
    await page.goto('/staff/requests');
    let results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await page.locator('table.queue a.reference').first().click();
    await expect(page).toHaveURL(/\/staff\/requests\/INS-/);
    results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

for (const lang of ['sv', 'en']) {
  test(`the release pages in ${lang} have no WCAG 2.1 AA violations`, async ({ page, context }) => {
    await context.addCookies([{ name: 'insyn_lang', value: lang, domain: '127.0.0.1', path: '/' }]);
    const axe = async () => {
      const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    };
    await page.goto('/auth/login');
    await page.getByLabel('Personnummer').fill('19850314-9869');
    await page.getByRole('button', { name: 'Legitimera' }).click();
    await expect(page).toHaveURL(/\/me$/);
    await page.goto('/me/releases');
    await expect(page.locator('#opt-outs-heading')).toBeVisible();
    await axe();
    await page.goto('/me/log/notices');
    await expect(page.locator('h1')).toBeVisible();
    await axe();

    await page.goto('/staff/login');
    await page.getByLabel('HSA-id').fill('SE2321000016-1002');
    await page.getByRole('button', { name: 'Logga in med kort och PIN' }).click();
    await expect(page).toHaveURL(/\/staff$/);
    await page.goto('/staff/releases');
    await axe();
    await page.goto('/staff/releases/new');
    await axe();
    // Sent empty: the form again with its messages.
    await page.locator('form.stack button[type=submit]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await axe();
  });
}

for (const lang of ['sv', 'en']) {
  test(`the clinic, follow-up and administration pages in ${lang} have no WCAG 2.1 AA violations`, async ({ browser }) => {
    const axe = async (page: import('@playwright/test').Page) => {
      const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    };
    const asStaff = async (hsaId: string) => {
      const context = await browser.newContext();
      await context.addCookies([{ name: 'insyn_lang', value: lang, domain: '127.0.0.1', path: '/' }]);
      const page = await context.newPage();
      await page.goto('/staff/login');
      await page.getByLabel('HSA-id').fill(hsaId);
      await page.getByRole('button', { name: 'Logga in med kort och PIN' }).click();
      await expect(page).toHaveURL(/\/staff$/);
      return page;
    };
    const clinic = await asStaff('SE2321000131-2001');
    await clinic.goto('/staff/opt-outs');
    await axe(clinic);
    const reviewer = await asStaff('SE2321000016-1001');
    await reviewer.goto('/staff/log-review?register=qivf&from=2025-01-01&to=2026-11-30');
    await expect(reviewer.locator('li.flag').first()).toBeVisible();
    await axe(reviewer);
    const admin = await asStaff('SE2321000016-9001');
    for (const path of ['/admin', '/admin/staff', '/admin/tokens', '/admin/care-units']) {
      await admin.goto(path);
      await axe(admin);
    }
  });
}
