// The patient's journey in each of the five languages besides Swedish and
// English: sign in, the overview, a register's data, the JSON copy, a
// request and its receipt, the access log — each page in the language
// (lang, dir), with axe finding nothing, and Arabic and Persian mirrored.
// Desktop with JavaScript only: Swedish and English cover no-JS and the
// phone, so the suite grows little.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each language with a person of its own (requests change what they see next time). */
const journeys = [
  { code: 'lattlast', html: 'sv', rtl: false, person: '19670707-9957', register: 'ndr' },
  { code: 'fi', html: 'fi', rtl: false, person: '19460202-9987', register: 'riksstroke' },
  { code: 'ar', html: 'ar', rtl: true, person: '19510611-9828', register: 'ndr' },
  { code: 'so', html: 'so', rtl: false, person: '19621008-9899', register: 'ndr' },
  { code: 'fa', html: 'fa', rtl: true, person: '19390327-9945', register: 'riksstroke' },
];

async function axeFindsNothing(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** The page is in the language, in its direction. */
async function speaks(page: Page, journey: (typeof journeys)[number]) {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', journey.html);
  if (journey.rtl) {
    await expect(html).toHaveAttribute('dir', 'rtl');
    const direction = await page.locator('main').evaluate((m) => getComputedStyle(m).direction);
    expect(direction).toBe('rtl');
  } else {
    await expect(html).not.toHaveAttribute('dir', 'rtl');
  }
}

for (const journey of journeys) {
  test(`a patient's journey in ${journey.code}`, async ({ page, context }, testInfo) => {
    test.skip(testInfo.project.name !== 'js', 'one desktop browser with JavaScript walks the languages');
    await context.addCookies([{ name: 'insyn_lang', value: journey.code, domain: '127.0.0.1', path: '/' }]);
    await page.goto('/auth/login');
    await page.getByLabel('Personnummer').fill(journey.person);
    await page.getByRole('button', { name: 'Legitimera' }).click();
    await expect(page).toHaveURL(/\/me$/);
    await speaks(page, journey);
    await expect(page.locator('.lang-note')).toBeVisible();
    await axeFindsNothing(page);

    if (journey.rtl) {
      // Mirrored: the site's name starts on the right, the menu follows it leftwards.
      const brand = await page.locator('a.brand').boundingBox();
      const nav = await page.locator('nav.site-nav').boundingBox();
      expect(brand!.x).toBeGreaterThan(nav!.x);
    }

    await page.goto(`/me/registers/${journey.register}`);
    await speaks(page, journey);
    await expect(page.locator('li.record').first()).toBeVisible();
    await axeFindsNothing(page);

    const copy = await page.request.get('/me/export.json');
    expect(copy.status()).toBe(200);
    const body = await copy.json();
    expect(body.format).toBe('insyn.export/1');
    // The copy's labels are the registers' own: Swedish, or English.
    expect(body.language).toBe(journey.code === 'lattlast' ? 'sv' : 'en');

    await page.goto(`/me/registers/${journey.register}/request/restriction`);
    await speaks(page, journey);
    await page.locator('input[name="ground"][value="accuracy"]').check();
    await page.locator('input[name="confirm"]').check();
    await axeFindsNothing(page);
    await page.locator('form.request-form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/me\/requests\/INS-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const reference = page.url().split('/').pop()!;
    await speaks(page, journey);
    await expect(page.locator('main')).toContainText(reference);
    await axeFindsNothing(page);
    if (journey.rtl) {
      // The reference and the due date read left to right inside the
      // right-to-left page: on screen, their first character stands left
      // of their last.
      for (const pattern of [reference, '\\d{4}-\\d{2}-\\d{2}']) {
        const leftToRight = await page.locator('main').evaluate((main, source) => {
          const re = new RegExp(source);
          const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const found = re.exec(node.textContent ?? '');
            if (!found) continue;
            const box = (offset: number) => {
              const range = document.createRange();
              range.setStart(node!, offset);
              range.setEnd(node!, offset + 1);
              return range.getBoundingClientRect();
            };
            const first = box(found.index);
            const last = box(found.index + found[0].length - 1);
            return first.left < last.left;
          }
          return null;
        }, pattern);
        expect(leftToRight, pattern).toBe(true);
      }
    }

    await page.goto('/me/log');
    await speaks(page, journey);
    await expect(page.locator('table.log')).toBeVisible();
    await axeFindsNothing(page);
  });
}
