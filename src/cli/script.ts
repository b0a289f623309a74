// Running a script: one command per line, `#` comments and blank lines skipped, each command
// echoed as `$ <command>` followed by what it printed (stdout, then stderr).
import type { Session } from '../commands/index.ts';

export function runScript(session: Session, text: string, write: (s: string) => void): void {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    write(`$ ${line}\n`);
    const r = session.run(line);
    write(r.stdout);
    if (r.stdout && !r.stdout.endsWith('\n')) write('\n');
    write(r.stderr);
    if (r.stderr && !r.stderr.endsWith('\n')) write('\n');
  }
}
