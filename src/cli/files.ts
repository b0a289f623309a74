// How a script's `kubectl apply -f NAME` finds NAME: beside the script first (URLs never; the
// session then falls back to the built-in examples, which also know the tutorial's URLs).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function scriptFileReader(scriptPath: string): (path: string) => string | undefined {
  const base = dirname(resolve(scriptPath));
  return (p) => {
    if (/^https?:\/\//.test(p)) return undefined;
    try {
      return readFileSync(resolve(base, p), 'utf8');
    } catch {
      return undefined;
    }
  };
}
