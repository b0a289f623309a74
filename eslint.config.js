// ESLint flat config: typed linting for TypeScript, React rules for .tsx, and a determinism guard
// for the pure core (src/sim, src/commands, src/manifests).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import { reactRefresh } from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];

/** The core must be replayable: time comes from the sim clock, randomness from the seeded RNG. */
/** Raw HTML would let user or lesson text inject markup; render text nodes instead. */
const rawHtml = 'No raw HTML: render user and lesson text as React text nodes (docs/SECURITY.md).';

const nonDeterminism = 'The sim core must be deterministic: use the sim clock and the seeded RNG in the world.';

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'playwright-report/',
    'test-results/',
    'blob-report/',
    'coverage/',
    'bench/results/',
  ]),

  // Plain JavaScript (config files): untyped recommended rules, Node globals.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },

  // TypeScript everywhere (src/, e2e/, bench/, *.config.ts): typed linting.
  {
    files: TS_FILES,
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Numbers and booleans in template strings are how kubectl-style output is built.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowRegExp: true },
      ],
      // `xs[i]!` stays correct whether or not noUncheckedIndexedAccess is on, so don't flag it as redundant.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // `void promise` marks fire-and-forget calls explicitly.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
    },
  },

  // Tests: matchers and spies often pass unbound methods and build loose fixtures.
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },

  // React components.
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended, reactRefresh.configs.vite()],
  },

  // No raw HTML and no evaluated code in the app (the CSP forbids eval; docs/SECURITY.md):
  // user and lesson text reaches the page only as React text nodes.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: rawHtml },
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: rawHtml },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: rawHtml },
        { selector: "CallExpression[callee.property.name='createContextualFragment']", message: rawHtml },
        { selector: "MemberExpression[object.name='document'][property.name=/^write(ln)?$/]", message: rawHtml },
      ],
    },
  },

  // Determinism guard for the pure core.
  {
    files: ['src/sim/**/*.{ts,tsx}', 'src/commands/**/*.{ts,tsx}', 'src/manifests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: nonDeterminism },
        { object: 'Date', property: 'now', message: nonDeterminism },
        { object: 'performance', property: 'now', message: nonDeterminism },
        { object: 'globalThis', property: 'setTimeout', message: nonDeterminism },
        { object: 'globalThis', property: 'setInterval', message: nonDeterminism },
        { object: 'window', property: 'setTimeout', message: nonDeterminism },
        { object: 'window', property: 'setInterval', message: nonDeterminism },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: `${nonDeterminism} Schedule a timer event on the queue instead.` },
        { name: 'setInterval', message: `${nonDeterminism} Schedule a timer event on the queue instead.` },
      ],
    },
  },
);
