// Browser tests against the release build of insyn, in Debian's Chromium,
// once with JavaScript (islands hydrated) and once without, plus a phone.
// `make test` builds the site and sets E2E_INSYN_BIN; see scripts/test.sh.
import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3100);
const idpPort = Number(process.env.E2E_IDP_PORT ?? 4100);
const portal = `http://127.0.0.1:${port}`;
const issuer = `http://127.0.0.1:${idpPort}`;
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 1125);
const mailWeb = `http://127.0.0.1:${Number(process.env.E2E_MAIL_WEB_PORT ?? 1180)}`;
const root = path.resolve(import.meta.dirname, '..');
const chromium = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  // Sign-in, pages and axe on a busy two-core machine: room, not a race.
  timeout: 60_000,
  // Hydration and client-side navigation once took over five seconds there
  // (two tests of 108, on the phone, in one run of many).
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A Swedish browser: the first visit speaks the browser's language
    // (Accept-Language), and the tests read the Swedish pages.
    locale: 'sv-SE',
    launchOptions: chromium,
    trace: 'off',
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'no-js', use: { javaScriptEnabled: false }, testIgnore: /accessibility/ },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions: chromium } },
  ],
  webServer: [{
    // The mail catcher the portal sends its notices to.
    command: `node e2e/node_modules/maildev/bin/maildev --ip 127.0.0.1 --smtp ${smtpPort} --web ${new URL(mailWeb).port} --silent`,
    cwd: root,
    url: `${mailWeb}/email`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  }, {
    // The development identity provider, sending browsers back to this portal.
    command: 'node e2e/idp/server.js',
    cwd: root,
    url: `${issuer}/.well-known/openid-configuration`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { IDP_PORT: String(idpPort), PORTAL_URL: portal },
  }, {
    command: `${process.env.E2E_INSYN_BIN ?? path.join(root, 'bin/insyn')} serve --addr 127.0.0.1:${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? 'sqlite:///tmp/insyn-e2e/insyn.db',
      INSYN_HTTP__SITE_ROOT: path.join(root, 'target/site'),
      INSYN_LOG__FILTER: 'warn',
      INSYN_HTTP__PUBLIC_URL: portal,
      INSYN_OIDC__PATIENT__ISSUER: issuer,
      INSYN_OIDC__STAFF__ISSUER: issuer,
      // Every test signs in from 127.0.0.1; the limit itself is tested in Rust.
      INSYN_HTTP__SIGN_IN_BURST: '1000',
      INSYN_MAIL__SMTP_PORT: String(smtpPort),
      INSYN_MAIL__POLL_INTERVAL_MS: '200',
    },
  }],
});
