// Running a script: one command per line, `#` comments and blank lines skipped, each command
// echoed as `$ <command>` followed by what it printed, both streams in the order written.
import type { Session } from '../commands/index.ts';

export function runScript(session: Session, text: string, write: (s: string) => void): void {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    write(`$ ${line}\n`);
    session.run(line);
    const chunks = session.lastOutput;
    // A stream's last chunk without a final newline gets one, so the next `$` starts a line.
    let text = '';
    for (const c of chunks) {
      if (text && !text.endsWith('\n') && c.stream !== chunks[chunks.indexOf(c) - 1]?.stream) text += '\n';
      text += c.text;
    }
    if (text && !text.endsWith('\n')) text += '\n';
    write(text);
  }
}
