// Running a button's command(s) from the inspector, and what to show for it: the command a
// button would run (on hover or focus), and how the last one went.
import { useState } from 'react';
import { runFromGui, useLab } from '../hooks/lab.ts';

export interface ActionResult {
  lines: string[];
  ok: boolean;
  /** First lines of what the command printed (stderr first when it failed). */
  text: string;
}

export interface Action {
  run: (lines: string | string[]) => void;
  result: ActionResult | null;
  preview: string | null;
  setPreview: (line: string | null) => void;
}

export function firstLines(text: string, n = 3): string {
  return text.trim().split('\n').slice(0, n).join('\n');
}

export function useAction(): Action {
  const lab = useLab();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const run = (input: string | string[]) => {
    const lines = typeof input === 'string' ? [input] : input;
    let ok = true;
    const out: string[] = [];
    for (const line of lines) {
      const e = runFromGui(lab, line);
      if (!e) continue;
      const failed = e.exitCode !== 0;
      ok &&= !failed;
      out.push(firstLines(failed ? e.stderr || e.stdout : e.stdout || e.stderr));
    }
    setResult({ lines, ok, text: out.filter(Boolean).join('\n') });
  };
  return { run, result, preview, setPreview };
}
