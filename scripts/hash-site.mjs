// Names each file of the site's pkg folder after a hash of its content
// (the first 16 hex digits of SHA-256) and writes pkg/manifest.json with the
// names, which insyn reads at start (server/src/http/site_files.rs): a file
// that never changes under its name is cached by browsers for a year. The
// islands' JS and WASM share one hash (their names are one output name to
// Leptos), and so do the verifier's. Usage: node scripts/hash-site.mjs target/site/pkg
import { createHash } from 'node:crypto';
import { linkSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'target/site/pkg';
const hashOf = (...names) => {
  const hash = createHash('sha256');
  for (const name of names) hash.update(readFileSync(path.join(dir, name)));
  return hash.digest('hex').slice(0, 16);
};
const rename = (from, to) => { renameSync(path.join(dir, from), path.join(dir, to)); return to; };

const islands = hashOf('insyn.js', 'insyn_bg.wasm');
const verifier = hashOf('insyn_verifier.js', 'insyn_verifier_bg.wasm');
const manifest = {
  output_name: `insyn.${islands}`,
  css: rename('insyn.css', `insyn.${hashOf('insyn.css')}.css`),
  verifier_js: rename('insyn_verifier.js', `insyn_verifier.${verifier}.js`),
  verifier_wasm: rename('insyn_verifier_bg.wasm', `insyn_verifier.${verifier}_bg.wasm`),
  verify_log: rename('verify-log.js', `verify-log.${hashOf('verify-log.js')}.js`),
};
rename('insyn.js', `insyn.${islands}.js`);
// Leptos asks for `<output name>.wasm` if LEPTOS_OUTPUT_NAME was set when
// the leptos crate was compiled (cargo-leptos sets it), else for
// `<output name>_bg.wasm`; cargo does not rebuild a registry crate when that
// changes, so which one depends on the build cache's history. Both names,
// one file.
rename('insyn_bg.wasm', `insyn.${islands}_bg.wasm`);
linkSync(path.join(dir, `insyn.${islands}_bg.wasm`), path.join(dir, `insyn.${islands}.wasm`));
writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.error(`site files named by content: ${Object.values(manifest).join(', ')}`);
