// Releases for research and statistics, as the "done when" tells
// it: a Q-IVF coordinator records a research release whose cohort holds
// Tolvan and Anna, who has said no to research (the demo data); Anna is
// left out, Tolvan sees the release on her page and in her log, the public
// register lists it with its count. A patient says no to research, sees it,
// and takes it back, in Swedish and English. With JavaScript on and off and
// on a phone; axe finds nothing where it can run.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeFindsNothing(page: Page, project: string) {
  if (project === 'no-js') return; // axe runs as a script in the page
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

async function signIn(page: Page, path: string, label: string, value: string, button: string) {
  await page.goto(path);
  await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: button }).click();
}

/** Each browser project opts a person of its own out and back in. */
const optingOut: Record<string, string> = { js: '19860930-9862', 'no-js': '19830217-9828', phone: '19940808-9903' };

test('a coordinator records a research release; the opted-out are left out and Tolvan sees it', async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  const diary = `QIVF E2E/${project}`;
  await signIn(page, '/staff/login', 'HSA-id', 'SE2321000016-1001', 'Logga in med kort och PIN');
  await expect(page).toHaveURL(/\/staff$/);
  await page.getByRole('link', { name: 'Utlämnanden' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utlämnanden' })).toBeVisible();
  await axeFindsNothing(page, project);
  await page.getByRole('link', { name: 'Registrera ett utlämnande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrera ett utlämnande' })).toBeVisible();
  await axeFindsNothing(page, project);

  // Sent without the required fields: each is named, nothing is stored.
  await page.getByRole('button', { name: 'Registrera utlämnandet' }).click();
  await expect(page.getByRole('alert')).toContainText('Ange diarienumret.');

  await page.getByLabel('Nationellt kvalitetsregister för assisterad befruktning').check();
  await page.getByLabel('Behandlingscykel').first().check();
  await page.getByLabel('Diarienummer').fill(diary);
  await page.getByLabel('Beslutat').fill('2026-11-20');
  await page.getByLabel('Klockslag för beslutet').fill('10:00');
  await page.getByLabel('Mottagare', { exact: true }).fill('Göteborgs universitet');
  await page.getByLabel('Mottagarens kontaktuppgifter').fill('forskning@gu.example.se');
  await page.getByLabel('Forskning').check();
  await page.getByLabel('Rättslig grund').fill('Offentlighets- och sekretesslagen 25 kap. 1 §');
  await page.getByLabel('Etikgodkännande').fill('Dnr 2026-04567-01');
  await page.getByLabel('Pseudonymiserade (utan namn och personnummer)').check();
  await page.getByLabel('Vilka fält').fill('Behandlingsdatum och metod');
  await page.getByLabel('Personer (personnummer)').fill('19121212-1212\n19850314-9869');
  await page.getByRole('button', { name: 'Registrera utlämnandet' }).click();

  await expect(page).toHaveURL(/\/staff\/releases\/\d+$/);
  await expect(page.getByText('2 personer i urvalet, 1 får lämnas ut, 1 togs bort')).toBeVisible();
  await axeFindsNothing(page, project);
  const release = page.url();
  await page.goto(`/lang/en?next=${new URL(release).pathname}`);
  await expect(page.getByText('2 persons in the cohort, 1 may be released, 1 taken out')).toBeVisible();
  await axeFindsNothing(page, project);
  await page.goto(`/lang/sv?next=${new URL(release).pathname}`);

  // Tolvan sees it on her page and in her log.
  const tolvan = await page.context().browser()!.newContext({ javaScriptEnabled: project !== 'no-js', locale: 'sv-SE' });
  const patient = await tolvan.newPage();
  await signIn(patient, '/auth/login', 'Personnummer', '19121212-1212', 'Legitimera');
  await expect(patient).toHaveURL(/\/me$/);
  await patient.goto('/me/releases');
  await expect(patient.getByRole('heading', { level: 1, name: 'Där dina uppgifter har lämnats ut' })).toBeVisible();
  await expect(patient.getByRole('heading', { name: 'Göteborgs universitet' }).first()).toBeVisible();
  await axeFindsNothing(patient, project);
  await patient.goto('/me/log');
  await expect(patient.locator('table.log').getByText('Utlämnande för forskning').first()).toBeVisible();

  // The public register lists it without person data, the count suppressed.
  await patient.goto('/registers/qivf/releases');
  await expect(patient.getByRole('heading', { name: 'Göteborgs universitet' }).first()).toBeVisible();
  await expect(patient.getByText(/färre än 5 personer/).first()).toBeVisible();
  await expect(patient.getByRole('heading', { name: 'Hur registret hanterar begäranden' })).toBeVisible();
  await axeFindsNothing(patient, project);
  await tolvan.close();
});

test('a patient says no to research, sees it, and takes it back, in Swedish and English', async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  await signIn(page, '/auth/login', 'Personnummer', optingOut[project], 'Legitimera');
  await expect(page).toHaveURL(/\/me$/);
  await page.getByRole('link', { name: 'Utlämnanden' }).first().click();
  await expect(page).toHaveURL(/\/me\/releases$/);
  await axeFindsNothing(page, project);

  await page.getByLabel('Nationellt kvalitetsregister för assisterad befruktning').check();
  await page.getByRole('button', { name: 'Säg nej till forskning och statistik' }).click();
  await expect(page.getByRole('status')).toContainText('Ditt nej är registrerat');
  await expect(page.getByRole('heading', { name: 'Nej till forskning och statistik' })).toBeVisible();
  await axeFindsNothing(page, project);

  await page.goto('/lang/en?next=/me/releases');
  await expect(page.getByRole('heading', { level: 1, name: 'Where your data have been released' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No to research and statistics' })).toBeVisible();
  await axeFindsNothing(page, project);
  await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'No to research and statistics' }) })
    .getByRole('button', { name: 'Withdraw my opt-out' }).click();
  await expect(page.getByRole('status')).toContainText('Your opt-out is withdrawn.');
  await expect(page.getByRole('heading', { name: 'No to research and statistics' })).toHaveCount(0);
  await page.goto('/lang/sv?next=/me');
});
