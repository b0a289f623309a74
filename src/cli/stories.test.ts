// Golden transcripts: every stories/NAME.sh is replayed exactly as `npm run sim` would (same
// argument parser, same file lookup, same session and script runner) with the flags on its
// `# sim:` line, and must print stories/NAME.out byte for byte. Each .out was checked line by line
// against docs' semantics before it was accepted: do not regenerate one without that review.
//   npm run --silent sim -- $(sed -n 's/^# sim://p' stories/NAME.sh) stories/NAME.sh
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../commands/index.ts';
import { parseCliArgs, type CliArgs } from './args.ts';
import { scriptFileReader } from './files.ts';
import { runScript } from './script.ts';

const DIR = resolve(import.meta.dirname, '../../stories');
const stories = readdirSync(DIR)
  .filter((f) => f.endsWith('.sh'))
  .sort();

/** The CLI arguments a story asks for on its `# sim:` line. */
function argsOf(file: string, text: string): CliArgs {
  const line = text.split('\n').find((l) => /^#\s*sim:/.test(l));
  if (line === undefined) throw new Error(`${file}: no "# sim: FLAGS" line`);
  const flags = line
    .replace(/^#\s*sim:/, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const args = parseCliArgs([...flags, file]);
  if (typeof args === 'string') throw new Error(`${file}: ${args}`);
  return args;
}

function transcript(file: string): string {
  const text = readFileSync(file, 'utf8');
  const args = argsOf(file, text);
  const session = createSession({
    seed: args.seed,
    nodes: args.nodes,
    storage: args.storage,
    mode: args.mode,
    readFile: scriptFileReader(args.file),
  });
  let out = '';
  runScript(session, text, (s) => (out += s));
  return out;
}

describe('stories', () => {
  it('has stories, each with an accepted transcript', () => {
    expect(stories.length).toBeGreaterThan(0);
    for (const s of stories) expect(readdirSync(DIR)).toContain(s.replace(/\.sh$/, '.out'));
  });

  for (const s of stories) {
    it(`${s} prints its accepted transcript, and the same bytes twice`, () => {
      const file = join(DIR, s);
      const first = transcript(file);
      expect(first).toBe(readFileSync(file.replace(/\.sh$/, '.out'), 'utf8'));
      expect(transcript(file)).toBe(first);
    });
  }
});
