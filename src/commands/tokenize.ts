// Splits a command line into words the way a POSIX shell would for the commands we accept:
// single quotes are literal, double quotes allow \" and \\, a backslash escapes outside quotes.
// Redirections and pipes are not interpreted (kubectl never sees them either).

export type Tokens = { ok: true; words: string[] } | { ok: false; error: string };

export function tokenize(line: string): Tokens {
  const words: string[] = [];
  let cur = '';
  let has = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: "unexpected EOF while looking for matching `''" };
      cur += line.slice(i + 1, end);
      has = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const c = line[i]!;
        if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\' || line[i + 1] === '$')) {
          cur += line[i + 1];
          i += 2;
        } else if (c === '"') {
          closed = true;
          i++;
          break;
        } else {
          cur += c;
          i++;
        }
      }
      if (!closed) return { ok: false, error: 'unexpected EOF while looking for matching `"\'' };
      has = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[i + 1];
      has = true;
      i += 2;
    } else if (/\s/.test(ch)) {
      if (has) words.push(cur);
      cur = '';
      has = false;
      i++;
    } else {
      cur += ch;
      has = true;
      i++;
    }
  }
  if (has) words.push(cur);
  return { ok: true, words };
}

/** Quotes a word for echoing back, only when needed. */
export function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
