// The Content-Security-Policy the production build carries in a <meta> tag (docs/SECURITY.md says
// why each directive is what it is). Only the build gets it: the dev server injects inline scripts
// for React Fast Refresh, which this policy rightly forbids.
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  // No 'unsafe-inline', no 'unsafe-eval': every script is a file the build wrote.
  'script-src': "'self'",
  // CodeMirror (style-mod) writes <style> elements into the document; a static site has no
  // per-response nonce to give them, so inline styles are allowed. Styles cannot run script.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

export function cspContent(directives: Readonly<Record<string, string>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** Adds the policy as the first element of <head>, so it governs everything after it. */
export function cspPlugin(): Plugin {
  return {
    name: 'statefulset-lab:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspContent() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
