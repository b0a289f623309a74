// Third-party licences: the build writes `licenses.txt` beside index.html, listing every npm package
// whose code ended up in the bundle (name, version, licence, and the licence text the package
// ships). The collector is plain functions over module ids and a file reader, so it is unit-tested
// on a fixture; the plugin only feeds it the ids of the modules Rolldown rendered.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface PackageLicense {
  name: string;
  version: string;
  license: string;
  /** The package's LICENSE/COPYING/NOTICE files' text, in file-name order; '' when it ships none. */
  text: string;
  homepage?: string;
}

const NODE_MODULES = '/node_modules/';
const LICENSE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i;

/** Modules the bundler made up itself, attributed to the package whose code they are. */
const VIRTUAL: readonly [RegExp, string][] = [
  [/^\0vite\//, 'vite'],
  [/^\0rolldown\/runtime/, 'rolldown'],
];

/** `/x/node_modules/@s/p/dist/a.js` → `/x/node_modules/@s/p`; undefined for the app's own files. */
export function packageDirOf(id: string, nodeModules: string): string | undefined {
  const path = id.replace(/\\/g, '/').replace(/[?#].*$/, '');
  for (const [re, pkg] of VIRTUAL) if (re.test(path)) return join(nodeModules, pkg);
  const at = path.lastIndexOf(NODE_MODULES);
  if (at < 0) return undefined;
  const rest = path.slice(at + NODE_MODULES.length).split('/');
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return undefined;
  return path.slice(0, at + NODE_MODULES.length) + rest.slice(0, depth).join('/');
}

interface Manifest {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
  homepage?: string;
}

function licenseOf(m: Manifest): string {
  if (typeof m.license === 'string') return m.license;
  if (m.license?.type) return m.license.type;
  const types = (m.licenses ?? []).map((l) => l.type).filter(Boolean);
  return types.length ? types.join(' OR ') : 'UNKNOWN';
}

/** One entry per package directory, sorted by name then version. */
export function collectLicenses(ids: Iterable<string>, nodeModules: string): PackageLicense[] {
  const dirs = new Set<string>();
  for (const id of ids) {
    const dir = packageDirOf(id, nodeModules);
    if (dir) dirs.add(dir);
  }
  const byKey = new Map<string, PackageLicense>();
  for (const dir of dirs) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (!m.name) continue;
    const texts = readdirSync(dir)
      .filter((f) => LICENSE_FILE.test(f))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8').trim());
    const entry: PackageLicense = {
      name: m.name,
      version: m.version ?? '',
      license: licenseOf(m),
      text: texts.join('\n\n'),
      ...(m.homepage ? { homepage: m.homepage } : {}),
    };
    byKey.set(`${entry.name}@${entry.version}`, entry);
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

export function renderLicenses(pkgs: readonly PackageLicense[], app: string): string {
  const rule = '-'.repeat(72);
  const head = [
    `Third-party software bundled into ${app}`,
    `${pkgs.length} packages. Each is listed with its version, its licence and the licence text it ships.`,
    '',
    ...pkgs.map((p) => `  ${p.name}@${p.version}  (${p.license})`),
    '',
  ];
  const body = pkgs.flatMap((p) => [
    rule,
    `${p.name}@${p.version}`,
    `License: ${p.license}`,
    ...(p.homepage ? [`Homepage: ${p.homepage}`] : []),
    '',
    p.text || '(The package ships no licence file; its package.json declares the licence above.)',
    '',
  ]);
  return [...head, ...body].join('\n');
}

export const LICENSES_FILE = 'licenses.txt';

export function licensesPlugin(opts: { nodeModules: string; app: string }): Plugin {
  return {
    name: 'statefulset-lab:licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const ids: string[] = [];
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        // Only modules that kept some code after tree-shaking.
        for (const [id, m] of Object.entries(out.modules)) if (m.renderedLength > 0) ids.push(id);
      }
      const pkgs = collectLicenses(ids, opts.nodeModules);
      this.emitFile({ type: 'asset', fileName: LICENSES_FILE, source: renderLicenses(pkgs, opts.app) });
    },
  };
}
