// The bundle budget of issue 11: the JavaScript a browser loads to show the requester's new-ticket
// form, gzip-compressed, must stay under 300 kB. Run after `vite build` (npm run build): reads
// Vite's manifest, follows the static imports of the entry and of the form's lazy chunk (plus the
// chunks the shell always loads at start, FIRST_LOAD below), prints each chunk's gzip size and
// fails the build over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const OUT = process.env.TK_PORTAL_OUT ?? '../../../target/portal';
const BUDGET_KB = Number(process.env.TK_PORTAL_BUDGET_KB ?? 300);
// what the first load of /tickets/new runs: the entry (index.html) and the form's route chunk
const FIRST_LOAD = ['index.html', 'src/pages/NewTicket.tsx'];

const manifest = JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8'));
const files = new Map(); // chunk file -> why it is loaded
function follow(key, why) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build's manifest`);
  if (files.has(chunk.file)) return;
  files.set(chunk.file, why);
  for (const imported of chunk.imports ?? []) follow(imported, why);
}
for (const key of FIRST_LOAD) follow(key, key);

const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(7);
let total = 0;
const rows = [...files].map(([file, why]) => {
  const gzip = gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;
  total += gzip;
  return { file, why, gzip };
});
rows.sort((a, b) => b.gzip - a.gzip);
console.log('\nFirst load of the new-ticket form (gzip):');
for (const row of rows.filter((r) => r.file.endsWith('.js'))) console.log(`${kB(row.gzip)} kB  ${row.file}  (${row.why})`);
const js = rows.filter((r) => r.file.endsWith('.js')).reduce((sum, r) => sum + r.gzip, 0);
console.log(`${kB(js)} kB  JavaScript in total, budget ${BUDGET_KB} kB`);
if (js > BUDGET_KB * 1000) {
  console.error(`Over the bundle budget: ${(js / 1000).toFixed(1)} kB > ${BUDGET_KB} kB of gzip JavaScript for the first load of the new-ticket form`);
  process.exit(1);
}
void total;
