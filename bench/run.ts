// `npm run bench`: measures, prints a table and writes bench/results/latest.json. A benchmark,
// not a test: figures vary with the machine, so nothing here fails on a slow run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { browserFigures } from './browser.ts';
import { chaosCommands, hourWithPartitions, rollingUpdate200, scale200, timelineSeek, type Figure } from './engine.ts';

const figures: Figure[] = [
  ...chaosCommands(),
  ...scale200(),
  ...rollingUpdate200(),
  ...hourWithPartitions(),
  ...timelineSeek(),
];
figures.push(...(await browserFigures()));
const width = Math.max(...figures.map((f) => f.name.length));
console.log(`StatefulSet Lab benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
for (const f of figures)
  console.log(`${f.name.padEnd(width)}  ${String(f.value).padStart(10)} ${f.unit}${f.note ? `  (${f.note})` : ''}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  `${JSON.stringify({ node: process.version, cpus: cpus().length, figures }, null, 2)}\n`,
);
console.log('wrote bench/results/latest.json');
