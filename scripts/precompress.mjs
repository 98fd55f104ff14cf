// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside
// every file of the site's pkg folder (JS, WASM, CSS), so insyn serves them
// compressed as hard as the formats allow without compressing them again
// for every visitor (server/src/http/site_files.rs). Node's own zlib: no
// tool to install. Usage: node scripts/precompress.mjs target/site/pkg
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] ?? 'target/site/pkg';
for (const name of readdirSync(dir)) {
  const file = path.join(dir, name);
  if (/\.(br|gz)$/.test(name) || !statSync(file).isFile()) continue;
  const data = readFileSync(file);
  const br = zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  console.error(`${name}: ${data.length} B, brotli ${br.length} B`);
}
