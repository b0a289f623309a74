// `npm run --silent sim -- [options] FILE`: replays a script of commands against a fresh
// simulated cluster and prints the transcript. Exits 0 even when a command in it fails.
import { readFileSync } from 'node:fs';
import { createSession } from '../commands/index.ts';
import { CLI_USAGE, parseCliArgs } from './args.ts';
import { scriptFileReader } from './files.ts';
import { runScript } from './script.ts';

function main(argv: string[]): number {
  const args = parseCliArgs(argv);
  if (args === CLI_USAGE) {
    process.stdout.write(`${args}\n`);
    return 0;
  }
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    process.stderr.write(`sim: cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 2;
  }
  const session = createSession({
    seed: args.seed,
    nodes: args.nodes,
    storage: args.storage,
    mode: args.mode,
    readFile: scriptFileReader(args.file),
  });
  runScript(session, text, (s) => process.stdout.write(s));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
