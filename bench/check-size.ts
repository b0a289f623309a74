// `npm run size` (part of `npm test`, after the build): fails when the first load of dist/ is
// over the budget. See size.ts for what counts.
import { FIRST_LOAD_BUDGET_KB, firstLoad } from './size.ts';

const dist = process.argv[2] ?? 'dist';
const r = firstLoad(dist);
const kB = (b: number) => (b / 1024).toFixed(1).padStart(7);
for (const f of r.files) console.log(`${kB(f.gzip)} kB gzip ${kB(f.raw)} kB raw  ${f.file} (${f.why})`);
const total = r.gzip / 1024;
const over = total > FIRST_LOAD_BUDGET_KB;
console.log(
  `first-load JavaScript: ${total.toFixed(1)} kB gzip, budget ${FIRST_LOAD_BUDGET_KB} kB: ${over ? 'OVER BUDGET' : 'ok'}`,
);
for (const p of r.problems) console.error(`size check: ${p}`);
if (over || r.problems.length) process.exit(1);
