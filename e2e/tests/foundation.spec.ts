// The public pages as a visitor meets them: languages, the register list and
// its filter, register pages, error pages; with and without JavaScript, on a
// phone. Accessibility checks are in accessibility.spec.ts.
import { test, expect, type Page } from '@playwright/test';

/** Fails the test on any script error or console error (a failed hydration shows up here). */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

test('the start page says what insyn is and lists the rights, in Swedish by default', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dina uppgifter i de nationella kvalitetsregistren');
  await expect(page.getByRole('heading', { name: 'Dina rättigheter' })).toBeVisible();
  for (const right of ['Få en kopia av dina uppgifter', 'Få fel rättade', 'Begränsa behandlingen', 'Se vem som har tittat', 'Klaga']) {
    await expect(page.getByRole('heading', { name: right })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('the language switch shows the same page in English and back', async ({ page }) => {
  await page.goto('/registers/qivf');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/registers\/qivf$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Retention period')).toBeVisible();
  await page.getByRole('link', { name: 'Svenska', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('Lagringstid')).toBeVisible();
});

test('the register filter narrows the list, live with JavaScript and by submitting without', async ({ page, javaScriptEnabled }) => {
  const errors = watchForErrors(page);
  await page.goto('/registers');
  await expect(page.getByRole('link', { name: 'Q-IVF' })).toBeVisible();
  if (javaScriptEnabled) {
    // The island has hydrated: the WASM bundle loaded and runs.
    await expect(page.locator('form.filter')).toHaveAttribute('data-enhanced', 'true');
    await page.getByLabel('Sök register').pressSequentially('diabetes');
    await expect(page.getByRole('link', { name: 'Q-IVF' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'NDR' })).toBeVisible();
    await expect(page).toHaveURL(/\/registers$/);
    await page.getByLabel('Sök register').fill('ingenting sådant');
    await expect(page.getByText('Inga register matchar din sökning.')).toBeVisible();
  } else {
    await expect(page.locator('form.filter')).not.toHaveAttribute('data-enhanced', 'true');
    await page.getByLabel('Sök register').fill('diabetes');
    await page.getByRole('button', { name: 'Sök' }).click();
    await expect(page).toHaveURL(/\/registers\?q=diabetes$/);
    await expect(page.getByRole('link', { name: 'Q-IVF' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'NDR' })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('a register page gives the information the law requires', async ({ page }) => {
  await page.goto('/registers');
  await page.getByRole('link', { name: 'Riksstroke' }).click();
  await expect(page).toHaveURL(/\/registers\/riksstroke$/);
  await expect(page).toHaveTitle('Riksstroke – insyn');
  for (const term of ['Ändamål', 'Personuppgiftsansvarig', 'Registerhållare', 'Lagringstid', 'Kontakt', 'Dataskyddsombud']) {
    await expect(page.getByRole('term').filter({ hasText: term })).toBeVisible();
  }
});

test('an unknown register is a clear 404 page in the same look', async ({ page }) => {
  const response = await page.goto('/registers/finns-inte');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await expect(page.getByRole('link', { name: 'Till startsidan' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
});

test('pages fit a phone screen without sideways scrolling', async ({ page }) => {
  for (const path of ['/', '/registers', '/registers/qivf']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('a first visit of the start page is light: no island, no WebAssembly, files cached for good', async ({ page, request, javaScriptEnabled }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((path) => /\.(wasm|js)$/.test(path))).toEqual([]);
  if (javaScriptEnabled) {
    // What the browser fetched, compressed, headers included.
    const bytes = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0));
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(100_000);
  }
  // The stylesheet is named after its content and cached for a year.
  const css = (await page.locator('link[rel=stylesheet]').getAttribute('href'))!;
  expect(css).toMatch(/^\/pkg\/insyn\.[0-9a-f]{16}\.css$/);
  const response = await request.get(css, { headers: { 'accept-encoding': 'br' } });
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['content-encoding']).toBe('br');

  // The register list has its filter island, and loads it.
  loaded.length = 0;
  await page.goto('/registers');
  await page.waitForLoadState('networkidle');
  // (With JavaScript off the browser still follows Leptos' preload link.)
  expect(loaded.some((path) => /^\/pkg\/insyn\.[0-9a-f]{16}(_bg)?\.wasm$/.test(path))).toBe(true);
});
