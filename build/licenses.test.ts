import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectLicenses, packageDirOf, renderLicenses } from './licenses.ts';
import { cspContent } from './csp.ts';

/** A node_modules folder with a plain package, a scoped one, a nested copy and one without a licence file. */
function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'licenses-'));
  const nm = join(root, 'node_modules');
  const pkg = (dir: string, manifest: object, files: Record<string, string> = {}) => {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'dist', 'index.js'), '');
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  };
  pkg(
    join(nm, 'alpha'),
    { name: 'alpha', version: '1.2.3', license: 'MIT', homepage: 'https://alpha.example' },
    {
      LICENSE: 'MIT License\nCopyright alpha\n',
      'README.md': 'not a licence',
    },
  );
  pkg(
    join(nm, '@scope', 'beta'),
    { name: '@scope/beta', version: '0.1.0', licenses: [{ type: 'ISC' }] },
    {
      'LICENCE.txt': 'ISC beta',
      NOTICE: 'beta notice',
    },
  );
  pkg(join(nm, 'alpha', 'node_modules', 'gamma'), {
    name: 'gamma',
    version: '2.0.0',
    license: { type: 'BSD-3-Clause' },
  });
  pkg(join(nm, 'vite'), { name: 'vite', version: '8.0.0', license: 'MIT' }, { 'LICENSE.md': 'vite licence' });
  return nm;
}

describe('the third-party licence collector', () => {
  it('finds the package a module belongs to, scoped, nested or virtual', () => {
    const nm = '/repo/node_modules';
    expect(packageDirOf('/repo/node_modules/react/cjs/react.js', nm)).toBe('/repo/node_modules/react');
    expect(packageDirOf('/repo/node_modules/@scope/beta/dist/x.js?commonjs-es', nm)).toBe(
      '/repo/node_modules/@scope/beta',
    );
    expect(packageDirOf('/repo/node_modules/a/node_modules/b/index.js', nm)).toBe(
      '/repo/node_modules/a/node_modules/b',
    );
    expect(packageDirOf('C:\\repo\\node_modules\\d3-array\\src\\max.js', nm)).toBe('C:/repo/node_modules/d3-array');
    expect(packageDirOf('\0vite/modulepreload-polyfill.js', nm)).toBe('/repo/node_modules/vite');
    expect(packageDirOf('/repo/src/main.tsx', nm)).toBeUndefined();
    expect(packageDirOf('/repo/node_modules/lonely.js', nm)).toBeUndefined();
  });

  it('lists each bundled package once with its version, licence and licence text', () => {
    const nm = fixture();
    const pkgs = collectLicenses(
      [
        join(nm, 'alpha/dist/index.js'),
        join(nm, 'alpha/dist/other.js'),
        join(nm, '@scope/beta/dist/index.js'),
        join(nm, 'alpha/node_modules/gamma/dist/index.js'),
        '\0vite/modulepreload-polyfill.js',
        '/app/src/main.tsx',
      ],
      nm,
    );
    expect(pkgs).toEqual([
      { name: '@scope/beta', version: '0.1.0', license: 'ISC', text: 'ISC beta\n\nbeta notice' },
      {
        name: 'alpha',
        version: '1.2.3',
        license: 'MIT',
        text: 'MIT License\nCopyright alpha',
        homepage: 'https://alpha.example',
      },
      { name: 'gamma', version: '2.0.0', license: 'BSD-3-Clause', text: '' },
      { name: 'vite', version: '8.0.0', license: 'MIT', text: 'vite licence' },
    ]);
    const text = renderLicenses(pkgs, 'Lab');
    expect(text).toContain('4 packages');
    expect(text).toContain('  alpha@1.2.3  (MIT)');
    expect(text).toContain('Homepage: https://alpha.example');
    expect(text).toContain('The package ships no licence file');
  });
});

describe('the content security policy', () => {
  it('allows no inline or evaluated script and no plugins', () => {
    const csp = cspContent();
    const script = /script-src ([^;]*)/.exec(csp)![1];
    expect(script).toBe("'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
  });
});
