// The scripting CLI's own arguments: [--seed N] [--nodes N] [--storage M] [--mode M] FILE.
import type { Mode, StorageModel } from '../sim/engine/world.ts';

export interface CliArgs {
  seed: number;
  nodes: number;
  storage: StorageModel;
  mode: Mode;
  file: string;
}

export const CLI_USAGE =
  'usage: npm run --silent sim -- [--seed N] [--nodes N] [--storage dynamic|manual|attachable] [--mode modern|book] FILE';

export function parseCliArgs(argv: string[]): CliArgs | string {
  const out: Partial<CliArgs> = { seed: 1, nodes: 3, storage: 'dynamic', mode: 'modern' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--seed': {
        const v = value();
        if (!v || !/^\d+$/.test(v) || Number(v) > 2 ** 32 - 1)
          return `sim: --seed needs an integer from 0 to 4294967295, got "${v ?? ''}"\n${CLI_USAGE}`;
        out.seed = Number(v);
        break;
      }
      case '--nodes': {
        const v = value();
        if (!v || !/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 100)
          return `sim: --nodes needs an integer from 1 to 100, got "${v ?? ''}"\n${CLI_USAGE}`;
        out.nodes = Number(v);
        break;
      }
      case '--storage': {
        const v = value();
        if (v !== 'dynamic' && v !== 'manual' && v !== 'attachable')
          return `sim: --storage must be dynamic, manual or attachable, got "${v ?? ''}"\n${CLI_USAGE}`;
        out.storage = v;
        break;
      }
      case '--mode': {
        const v = value();
        if (v !== 'modern' && v !== 'book') return `sim: --mode must be modern or book, got "${v ?? ''}"\n${CLI_USAGE}`;
        out.mode = v;
        break;
      }
      case '-h':
      case '--help':
        // Not an error: main prints exactly this to stdout and exits 0.
        return CLI_USAGE;
      default:
        if (a.startsWith('-')) return `sim: unknown option ${a}\n${CLI_USAGE}`;
        if (out.file) return `sim: only one script file may be given\n${CLI_USAGE}`;
        out.file = a;
    }
  }
  if (!out.file) return `sim: missing script file\n${CLI_USAGE}`;
  return out as CliArgs;
}
