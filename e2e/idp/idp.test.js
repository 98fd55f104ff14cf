// The development identity provider, driven through a whole authorization
// code flow with PKCE as insyn will drive it, and its ID tokens verified.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, decodeProtectedHeader } from 'jose';
import { start, LOA3, PNR_SCOPE, PNR_CLAIM, HSA_SCOPE, HSA_CLAIM } from './server.js';

const portal = 'http://127.0.0.1:3999';
let idp;
before(async () => { idp = await start({ port: 0, portalUrl: portal }); });
after(() => idp.server.close());

/** A browser's cookie jar, just enough for one sign-in. */
function browser() {
  const jar = new Map();
  return async (url, init = {}) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(new URL(url, idp.issuer), { ...init, redirect: 'manual', headers: { ...init.headers, cookie } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  };
}

const b64url = (buf) => buf.toString('base64url');

async function signIn({ client, secret, callback, scope, field, value }) {
  const go = browser();
  const state = b64url(randomBytes(16));
  const nonce = b64url(randomBytes(16));
  const verifier = b64url(randomBytes(32));
  const challenge = b64url(createHash('sha256').update(verifier).digest());
  const auth = new URL('/auth', idp.issuer);
  Object.entries({
    client_id: client, response_type: 'code', redirect_uri: `${portal}${callback}`, scope, state, nonce,
    code_challenge: challenge, code_challenge_method: 'S256', acr_values: LOA3,
  }).forEach(([k, v]) => auth.searchParams.set(k, v));

  let res = await go(auth);
  assert.equal(res.status, 303);
  const interaction = res.headers.get('location');
  res = await go(interaction);
  assert.equal(res.status, 200);
  const html = await res.text();
  const body = new URLSearchParams({ [field]: value });
  res = await go(`${interaction}/login`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  if (res.status !== 303) return { html, refused: await res.text(), status: res.status };
  res = await go(res.headers.get('location'));
  assert.equal(res.status, 303);
  const back = new URL(res.headers.get('location'));
  assert.equal(`${back.origin}${back.pathname}`, `${portal}${callback}`);
  assert.equal(back.searchParams.get('state'), state);
  assert.equal(back.searchParams.get('iss'), idp.issuer);

  const token = await fetch(new URL('/token', idp.issuer), {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${client}:${secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: back.searchParams.get('code'), redirect_uri: `${portal}${callback}`, code_verifier: verifier }),
  });
  assert.equal(token.status, 200, await token.clone().text());
  const { id_token: idToken } = await token.json();
  const jwks = createRemoteJWKSet(new URL('/jwks', idp.issuer));
  const { payload } = await jwtVerify(idToken, jwks, { issuer: idp.issuer, audience: client });
  assert.equal(payload.nonce, nonce);
  return { html, payload, alg: decodeProtectedHeader(idToken).alg };
}

const patient = (value) => signIn({ client: 'insyn-patient', secret: 'dev-patient-secret', callback: '/auth/callback', scope: `openid profile ${PNR_SCOPE}`, field: 'personnummer', value });
const staffMember = (value) => signIn({ client: 'insyn-staff', secret: 'dev-staff-secret', callback: '/staff/callback', scope: `openid profile ${HSA_SCOPE}`, field: 'hsa_id', value });

test('a patient signs in with a personnummer and gets loa3 and the personnummer claim (RS256)', async () => {
  const { html, payload, alg } = await patient('19121212-1212');
  assert.match(html, /<label for="personnummer">Personnummer<\/label>/);
  assert.match(html, /Tolvan Tolvansson – 19121212-1212/);
  assert.equal(alg, 'RS256');
  assert.equal(payload.acr, LOA3);
  assert.equal(payload[PNR_CLAIM], '191212121212');
  assert.equal(payload.given_name, 'Tolvan');
  assert.ok(!payload.sub.includes('191212121212'), 'sub is a pseudonym');
});

test('staff sign in with an HSA-id and get two-factor amr (ES256)', async () => {
  const { html, payload, alg } = await staffMember('se2321000016-1001');
  assert.match(html, /<label for="hsa_id">HSA-id<\/label>/);
  assert.equal(alg, 'ES256');
  assert.equal(payload[HSA_CLAIM], 'SE2321000016-1001');
  assert.ok(payload.amr.includes('mfa'), JSON.stringify(payload.amr));
  assert.equal(payload.acr, LOA3);
});

test('an HSA-id without a test card is refused on the sign-in page', async () => {
  const { status, refused } = await staffMember('SE2321000016-9999');
  assert.equal(status, 400);
  assert.match(refused, /inget SITHS-kort/);
});

test('a personnummer that is not 12 digits is refused on the sign-in page', async () => {
  const { status, refused } = await patient('121212');
  assert.equal(status, 400);
  assert.match(refused, /12 siffror/);
});
