// The development provider's misbehaving mode, for insyn's refusal tests
// only (IDP_TEST_HOOKS=1). The real provider runs the whole flow — state,
// PKCE, codes, sessions — and these hooks then spoil exactly one thing a
// test asks for, the way a broken or hostile provider would:
//
//   POST /__test/tamper        {"id_token": {...}, "userinfo": {...}}
//       for the next token response / UserInfo answer only:
//       set: {claim: value}, unset: [claim], replay: [claim] (take the value
//       from the previous ID token), sign: "none" | "foreign" (a key not the
//       provider's, under the provider's kid) | "unknown" (a new kid, never
//       published) | "rotated" (a new kid, published in the JWKS from now on)
//   POST /__test/logout-token  {"client_id", "sid"?, "sub"?, "set"?, "unset"?, "sign"?}
//       answers {"logout_token": "..."} signed like the provider's own
//   POST /__test/backchannel   {"client_id", "sub", "sid"}
//       makes the provider itself send a back-channel logout to the client
import { randomBytes } from 'node:crypto';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unb64 = (part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

export function installTestHooks(provider, signingKeys) {
  let pending = { id_token: undefined, userinfo: undefined };
  const previous = new Map(); // client_id -> last ID token payload as issued
  const published = []; // extra public keys served in the JWKS ("rotated")

  async function sign(payload, header, how = 'provider') {
    const alg = header.alg === 'ES256' ? 'ES256' : 'RS256';
    if (how === 'none') {
      return `${b64({ alg: 'none', typ: header.typ ?? 'JWT' })}.${b64(payload)}.`;
    }
    let key = signingKeys[alg].key;
    let kid = signingKeys[alg].kid;
    if (how !== 'provider') {
      const pair = await generateKeyPair(alg, { extractable: true });
      key = pair.privateKey;
      if (how !== 'foreign') kid = `${alg.toLowerCase()}-${how}-${randomBytes(4).toString('hex')}`;
      if (how === 'rotated') published.push({ ...(await exportJWK(pair.publicKey)), alg, use: 'sig', kid });
    }
    return new CompactSign(Buffer.from(JSON.stringify(payload)))
      .setProtectedHeader({ ...header, alg, kid })
      .sign(key);
  }

  function apply(claims, change, last) {
    const out = { ...claims };
    for (const [name, value] of Object.entries(change.set ?? {})) out[name] = value;
    for (const name of change.unset ?? []) delete out[name];
    for (const name of change.replay ?? []) out[name] = last?.[name];
    return out;
  }

  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && ctx.body?.id_token) {
      const [header, payload] = ctx.body.id_token.split('.').slice(0, 2).map(unb64);
      const last = previous.get(payload.aud);
      previous.set(payload.aud, payload);
      const change = pending.id_token;
      if (change) {
        pending.id_token = undefined;
        ctx.body = { ...ctx.body, id_token: await sign(apply(payload, change, last), header, change.sign) };
      }
    } else if (ctx.path === '/me' && ctx.body && typeof ctx.body === 'object' && pending.userinfo) {
      ctx.body = apply(ctx.body, pending.userinfo);
      pending.userinfo = undefined;
    } else if (ctx.path === '/jwks' && ctx.body?.keys && published.length) {
      ctx.body = { keys: [...ctx.body.keys, ...published] };
    }
  });

  async function readJson(req) {
    let body = '';
    for await (const chunk of req) body += chunk;
    return body ? JSON.parse(body) : {};
  }

  const reply = (res, status, value) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value ?? {}));
  };

  return async function hooks(req, res) {
    try {
      if (req.method !== 'POST') return reply(res, 405, { error: 'POST only' });
      const body = await readJson(req);
      if (req.url === '/__test/tamper') {
        pending = { id_token: body.id_token, userinfo: body.userinfo };
        return reply(res, 200);
      }
      if (req.url === '/__test/logout-token') {
        const now = Math.floor(Date.now() / 1000);
        const claims = {
          iss: provider.issuer,
          aud: body.client_id,
          iat: now,
          exp: now + 120,
          jti: randomBytes(12).toString('hex'),
          events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
          ...(body.sid ? { sid: body.sid } : {}),
          ...(body.sub ? { sub: body.sub } : {}),
        };
        const alg = body.client_id === 'insyn-staff' ? 'ES256' : 'RS256';
        const token = await sign(apply(claims, body), { alg, typ: 'logout+jwt' }, body.sign);
        return reply(res, 200, { logout_token: token });
      }
      if (req.url === '/__test/backchannel') {
        const client = await provider.Client.find(body.client_id);
        await client.backchannelLogout(body.sub, body.sid);
        return reply(res, 200);
      }
      return reply(res, 404, { error: 'no such hook' });
    } catch (error) {
      return reply(res, 500, { error: `${error.message}${error.cause ? `: ${error.cause.message ?? error.cause}` : ''}` });
    }
  };
}
