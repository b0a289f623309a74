// What a first visit downloads before it can be used: the page's entry script, every module it
// imports statically (and anything index.html modulepreloads), and the start locale's string
// table, which src/main.tsx awaits before the first paint. Chunks loaded later with `import()`
// (the command executor, the editor, the course's text) are not counted. Size is deterministic,
// so `npm test` holds it to the budget; timings stay in the benchmark.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** First-load JavaScript budget (issue 8), gzip. */
export const FIRST_LOAD_BUDGET_KB = 160;

/** The locales main.tsx may await before the first paint; each is a chunk named after its module. */
export const LOCALE_CHUNKS = ['en', 'zh-CN'] as const;

export interface SizedFile {
  file: string;
  why: 'entry' | 'static import' | 'modulepreload' | 'start locale';
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  files: SizedFile[];
  /** Total gzip bytes, counting the largest start locale (a page loads one). */
  gzip: number;
  problems: string[];
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` (not `import("./x.js")`). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  ))
    out.add(m[1]!);
  return [...out];
}

/** Measures the first load of a built app in `dist`. */
export function firstLoad(dist: string): FirstLoad {
  const problems: string[] = [];
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files: SizedFile[] = [];
  const seen = new Set<string>();
  const visit = (path: string, why: SizedFile['why']) => {
    const rel = path.replace(/^\.\//, '');
    if (seen.has(rel)) return;
    seen.add(rel);
    const full = join(dist, rel);
    if (!existsSync(full)) return void problems.push(`${rel} (${why}) is missing from ${dist}`);
    const bytes = readFileSync(full);
    files.push({ file: rel, why, raw: bytes.length, gzip: gz(bytes) });
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
    for (const i of staticImports(bytes.toString('utf8')))
      visit(new URL(i, `file:///${dir}`).pathname.slice(1), 'static import');
  };
  const entries = [...html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );
  if (entries.length === 0) problems.push('index.html has no <script type="module" src=…> entry');
  for (const e of entries) visit(e, 'entry');
  for (const m of html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g))
    visit(m[1]!, 'modulepreload');
  // The start locale: one of the locale chunks, whichever the reader's language picks; count the largest.
  let locale: SizedFile | undefined;
  const assets = readdirSafe(join(dist, 'assets'));
  for (const lang of LOCALE_CHUNKS) {
    const name = assets.find((f) => new RegExp(`^${lang}-[\\w-]{8}\\.js$`).test(f));
    if (!name) {
      problems.push(`no locale chunk for ${lang} (assets/${lang}-<hash>.js) in ${dist}`);
      continue;
    }
    const bytes = readFileSync(join(dist, 'assets', name));
    const f: SizedFile = { file: `assets/${name}`, why: 'start locale', raw: bytes.length, gzip: gz(bytes) };
    if (!locale || f.gzip > locale.gzip) locale = f;
  }
  if (locale && !seen.has(locale.file)) files.push(locale);
  return { files, gzip: files.reduce((a, f) => a + f.gzip, 0), problems };
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
