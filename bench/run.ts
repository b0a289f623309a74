// `npm run bench`: measures, prints a table and writes bench/results/latest.json. A benchmark,
// not a test: figures vary with the machine, so nothing here fails on a slow run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { browserFigures, wanted } from './browser.ts';
import {
  chaosCommands,
  hourWithPartitions,
  meets,
  rollingUpdate200,
  scale200,
  timelineSeek,
  type Figure,
} from './engine.ts';
import { FIRST_LOAD_BUDGET_KB, firstLoad } from './size.ts';

const figures: Figure[] = wanted('engine')
  ? [...chaosCommands(), ...scale200(), ...rollingUpdate200(), ...hourWithPartitions(), ...timelineSeek()]
  : [];
figures.push(...(await browserFigures()));
// The build the browser figures ran against, counted the way `npm run size` counts it.
const size = firstLoad('dist');
figures.push({
  name: 'build: first-load JS (entry + static imports + start locale, gzip)',
  value: Number((size.gzip / 1024).toFixed(1)),
  unit: 'kB',
  note: size.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)}`).join(', '),
  budget: { max: FIRST_LOAD_BUDGET_KB },
});
const width = Math.max(...figures.map((f) => f.name.length));
const budgetText = (f: Figure) =>
  !f.budget ? '' : 'max' in f.budget ? `≤ ${f.budget.max} ${f.unit}` : `≥ ${f.budget.min} ${f.unit}`;
const verdict = (f: Figure) => (meets(f) === undefined ? '' : meets(f) ? 'pass' : 'FAIL');
console.log(
  `StatefulSet Lab benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(16)}  ${'budget'.padEnd(12)}  result`);
for (const f of figures)
  console.log(
    `${f.name.padEnd(width)}  ${`${f.value} ${f.unit}`.padStart(16)}  ${budgetText(f).padEnd(12)}  ${verdict(f).padEnd(4)}${f.note ? `  (${f.note})` : ''}`,
  );
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  `${JSON.stringify(
    {
      node: process.version,
      cpus: cpus().length,
      loadavg: loadavg(),
      figures: figures.map((f) => ({ ...f, ...(f.budget ? { pass: meets(f) } : {}) })),
    },
    null,
    2,
  )}\n`,
);
console.log('wrote bench/results/latest.json');
