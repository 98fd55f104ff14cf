// insyn's development identity provider: a real OpenID Connect provider
// (npm oidc-provider, OpenID Certified) that behaves like a Swedish e-ID
// provider. Patients sign in with a personnummer and get `acr` loa3 and the
// claim https://id.oidc.se/claim/personalIdentityNumber (scope
// https://id.oidc.se/scope/naturalPersonNumber); staff sign in with an HSA-id
// and get two-factor `amr`. The people come from fixtures/demo.json, the same
// file that seeds insyn's database. For development and tests only: keys are
// made at start, sessions live in memory.
//
// Environment: IDP_PORT (4000; 0 picks a free port), IDP_ISSUER
// (http://127.0.0.1:PORT), PORTAL_URL (http://127.0.0.1:3000),
// IDP_PATIENT_SECRET, IDP_STAFF_SECRET, and IDP_TEST_HOOKS=1 for the
// misbehaving mode of insyn's tests (see testhooks.js; never in `make run`).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair } from 'jose';
import { installTestHooks } from './testhooks.js';

export const LOA3 = 'http://id.elegnamnden.se/loa/1.0/loa3';
export const PNR_SCOPE = 'https://id.oidc.se/scope/naturalPersonNumber';
export const PNR_CLAIM = 'https://id.oidc.se/claim/personalIdentityNumber';
export const COORDINATION_CLAIM = 'https://id.oidc.se/claim/coordinationNumber';
export const HSA_SCOPE = 'hsa';
export const HSA_CLAIM = 'hsa_id';
/** Smart card and PIN: two factors (RFC 8176). */
export const STAFF_AMR = ['sc', 'pin', 'mfa'];

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(path.join(here, '../../fixtures/demo.json'), 'utf8'));

const digits = (s) => s.replace(/[^0-9]/g, '');
/** A pseudonymous, stable subject per person, as brokers issue (not the personnummer). */
const subjectOf = (kind, id) => `${kind}-${createHash('sha256').update(`insyn-dev-idp:${kind}:${id}`).digest('hex').slice(0, 24)}`;

const patients = new Map(fixture.persons.map((p) => [digits(p.personnummer), p]));
const staff = new Map(fixture.staff.map((s) => [s.hsa_id.toUpperCase(), s]));
const accounts = new Map(); // sub -> claims, filled at sign-in

function patientAccount(pnr) {
  const person = patients.get(pnr);
  const sub = subjectOf('p', pnr);
  const day = Number(pnr.slice(6, 8));
  accounts.set(sub, {
    sub,
    given_name: person?.given_name ?? 'Testperson',
    family_name: person?.family_name ?? 'Okänd',
    name: person ? `${person.given_name} ${person.family_name}` : 'Okänd Testperson',
    [day > 60 ? COORDINATION_CLAIM : PNR_CLAIM]: pnr,
  });
  return sub;
}

function staffAccount(hsaId) {
  const member = staff.get(hsaId);
  const sub = subjectOf('s', hsaId);
  accounts.set(sub, { sub, name: member?.name ?? 'Okänd medarbetare', [HSA_CLAIM]: hsaId });
  return sub;
}

export async function createProvider({ issuer, portalUrl, patientSecret, staffSecret }) {
  const rsa = await generateKeyPair('RS256', { extractable: true });
  const ec = await generateKeyPair('ES256', { extractable: true });
  const jwk = async (key, alg) => ({ ...(await exportJWK(key)), alg, use: 'sig', kid: `${alg.toLowerCase()}-${randomBytes(4).toString('hex')}` });
  const rsaJwk = await jwk(rsa.privateKey, 'RS256');
  const ecJwk = await jwk(ec.privateKey, 'ES256');
  /** The signing keys, for the test hooks that re-sign tampered tokens. */
  const signingKeys = {
    RS256: { key: rsa.privateKey, kid: rsaJwk.kid },
    ES256: { key: ec.privateKey, kid: ecJwk.kid },
  };
  const client = (id, secret, callback, alg) => ({
    client_id: id,
    client_secret: secret,
    redirect_uris: [`${portalUrl}${callback}`],
    post_logout_redirect_uris: [`${portalUrl}/`],
    backchannel_logout_uri: `${portalUrl}/auth/backchannel-logout`,
    backchannel_logout_session_required: true,
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: alg,
    grant_types: ['authorization_code'],
    response_types: ['code'],
  });
  const provider = new Provider(issuer, {
    clients: [
      client('insyn-patient', patientSecret, '/auth/callback', 'RS256'),
      client('insyn-staff', staffSecret, '/staff/callback', 'ES256'),
    ],
    jwks: { keys: [rsaJwk, ecJwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    findAccount: (_ctx, sub) => {
      const claims = accounts.get(sub);
      return claims && { accountId: sub, claims: () => claims };
    },
    claims: {
      openid: ['sub', 'amr'],
      profile: ['name', 'given_name', 'family_name'],
      [PNR_SCOPE]: [PNR_CLAIM, COORDINATION_CLAIM],
      [HSA_SCOPE]: [HSA_CLAIM],
    },
    scopes: ['openid', 'profile', PNR_SCOPE, HSA_SCOPE],
    acrValues: [LOA3],
    pkce: { required: () => true },
    // Its only outgoing calls (back-channel logout) go to the portal on
    // loopback, which oidc-provider's SSRF guard would refuse.
    fetch: (url, { dispatcher: _ssrfGuard, ...options }) => globalThis.fetch(url, options),
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // Like a real provider, it asks before ending its own session.
        logoutSource: async (ctx, form) => {
          ctx.body = page('Logga ut', `${form}<p>Vill du logga ut från testmiljöns e-legitimation också?</p>
<button type="submit" form="op.logoutForm" name="logout" value="yes">Logga ut</button>`);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = page('Utloggad', '<p>Du är utloggad.</p>');
        },
      },
      claimsParameter: { enabled: true },
    },
    // The claims of a scope go into the ID token too, as Swedish providers do.
    conformIdTokenClaims: false,
    enabledJWA: { idTokenSigningAlgValues: ['RS256', 'ES256'] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('Fel vid inloggning', `<p>${escape(out.error)}: ${escape(out.error_description ?? '')}</p>`);
    },
  });
  return { provider, signingKeys };
}

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, body) {
  return `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – insyn test-e-legitimation</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
.banner{background:#fff4ce;border:1px solid #8a6d00;padding:.5rem 1rem;border-radius:6px}
label{display:block;font-weight:600;margin-top:1rem}input{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;border:2px solid #464d57;border-radius:6px}
button{font:inherit;margin-top:.75rem;padding:.5rem 1rem;border-radius:6px;border:2px solid #0b5394;background:#0b5394;color:#fff;cursor:pointer}
ul{list-style:none;padding:0}li button{background:#fff;color:#0b5394;width:100%;text-align:left}.error{color:#a4262c;font-weight:600}</style>
</head><body><main><p class="banner">Testmiljö. Ingen riktig e-legitimation.</p><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

function loginPage(uid, isStaff, error) {
  const action = `/interaction/${uid}/login`;
  const err = error ? `<p class="error" role="alert" id="login-error">${escape(error)}</p>` : '';
  if (isStaff) {
    const list = fixture.staff.map((s) => `<li><button name="hsa_id" value="${escape(s.hsa_id)}">${escape(s.name)} – ${escape(s.hsa_id)} (${escape(s.registers.join(', '))})</button></li>`).join('');
    return page('Logga in med SITHS (test)', `<form method="post" action="${action}">${err}
<label for="hsa_id">HSA-id</label><input id="hsa_id" name="hsa_id" autocomplete="off" ${error ? 'aria-describedby="login-error"' : ''}>
<button type="submit">Logga in med kort och PIN</button></form>
<h2>Demomedarbetare</h2><form method="post" action="${action}"><ul>${list}</ul></form>`);
  }
  const list = fixture.persons.map((p) => `<li><button name="personnummer" value="${escape(p.personnummer)}">${escape(p.given_name)} ${escape(p.family_name)} – ${escape(p.personnummer)}</button></li>`).join('');
  return page('Logga in med BankID (test)', `<form method="post" action="${action}">${err}
<label for="personnummer">Personnummer</label><input id="personnummer" name="personnummer" inputmode="numeric" autocomplete="off" placeholder="ÅÅÅÅMMDD-NNNN" ${error ? 'aria-describedby="login-error"' : ''}>
<button type="submit">Legitimera</button></form>
<h2>Demopersoner</h2><form method="post" action="${action}"><ul>${list}</ul></form>`);
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

/** The interaction pages: sign-in, then consent granted at once (first-party clients). */
async function interaction(provider, req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params } = details;
  const isStaff = params.client_id === 'insyn-staff';
  if (req.method === 'GET' && !action) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(loginPage(uid, isStaff));
  }
  if (req.method !== 'POST' || action !== 'login') {
    res.writeHead(404).end();
    return undefined;
  }
  const form = await readForm(req);
  let accountId;
  let login;
  if (isStaff) {
    const hsaId = (form.get('hsa_id') ?? '').trim().toUpperCase();
    if (!staff.has(hsaId)) return retry(res, uid, isStaff, 'Det HSA-id:t har inget SITHS-kort i testmiljön.');
    accountId = staffAccount(hsaId);
    login = { accountId, acr: LOA3, amr: STAFF_AMR };
  } else {
    const pnr = digits(form.get('personnummer') ?? '');
    // Any 12 digits may sign in, like real e-ID; insyn checks the number itself.
    if (pnr.length !== 12) return retry(res, uid, isStaff, 'Skriv personnumret med 12 siffror, ÅÅÅÅMMDD-NNNN.');
    accountId = patientAccount(pnr);
    login = { accountId, acr: LOA3, amr: ['bankid'] };
  }
  if (prompt.name !== 'login' && prompt.name !== 'consent') return retry(res, uid, isStaff, 'Oväntat steg.');
  const grant = new provider.Grant({ accountId, clientId: params.client_id });
  grant.addOIDCScope(String(params.scope ?? 'openid'));
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { login, consent: { grantId } }, { mergeWithLastSubmission: false });
}

function retry(res, uid, isStaff, error) {
  res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
  res.end(loginPage(uid, isStaff, error));
}

export async function start({ port = 4000, issuer, portalUrl = 'http://127.0.0.1:3000', patientSecret = 'dev-patient-secret', staffSecret = 'dev-staff-secret', testHooks = false } = {}) {
  // The port comes first (it may be 0, "any free one") and the provider,
  // whose issuer names the port, after. A request that arrives in between
  // (a readiness check, say) waits for the provider instead of hanging
  // with no one to answer it.
  let ready;
  const handler = new Promise((resolve) => { ready = resolve; });
  const server = createServer(async (req, res) => (await handler)(req, res));
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = server.address().port;
  const { provider, signingKeys } = await createProvider({ issuer: issuer ?? `http://127.0.0.1:${actualPort}`, portalUrl, patientSecret, staffSecret });
  const hooks = testHooks ? installTestHooks(provider, signingKeys) : undefined;
  const oidc = provider.callback();
  ready(async (req, res) => {
    if (hooks && req.url.startsWith('/__test/')) return hooks(req, res);
    const match = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login))?$/.exec(req.url.split('?')[0]);
    if (!match) return oidc(req, res);
    try {
      return await interaction(provider, req, res, match[1], match[2]);
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page('Fel vid inloggning', `<p>${escape(error.message)}</p>`));
    }
  });
  return { server, provider, port: actualPort, issuer: provider.issuer };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.IDP_PORT ?? 4000);
  const { issuer } = await start({
    port,
    issuer: process.env.IDP_ISSUER,
    portalUrl: process.env.PORTAL_URL,
    patientSecret: process.env.IDP_PATIENT_SECRET,
    staffSecret: process.env.IDP_STAFF_SECRET,
    testHooks: process.env.IDP_TEST_HOOKS === '1',
  });
  console.log(`development identity provider: ${issuer}`);
}
