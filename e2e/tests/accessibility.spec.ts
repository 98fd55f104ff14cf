// axe-core against WCAG 2.1 A and AA on every public page, in both
// languages. axe runs as JavaScript in the page, so the no-JS project skips
// this file (playwright.config.ts); the server sends the same HTML either way.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

for (const lang of ['sv', 'en']) {
  for (const path of ['/', '/registers', '/registers?q=ingenting', '/registers/qivf', '/finns-inte']) {
    test(`${path} in ${lang} has no WCAG 2.1 AA violations`, async ({ page, context }) => {
      await context.addCookies([{ name: 'insyn_lang', value: lang, domain: '127.0.0.1', path: '/' }]);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
}

