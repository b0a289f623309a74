// apiVersion+kind -> resource (kubectl's RESTMapper), and `kubectl get <type>` argument lookup, with
// kubectl's messages for what it cannot map.

import { goQuote } from './go-format.ts';
import { BOOK_ONLY_RESOURCES, RESOURCES, UNSIMULATED_KINDS, type ResourceInfo } from './resources.ts';

export type Mode = 'modern' | 'book';

function tableFor(mode: Mode): readonly ResourceInfo[] {
  return mode === 'book' ? [...RESOURCES, ...BOOK_ONLY_RESOURCES] : RESOURCES;
}

/**
 * The resource served for apiVersion+kind, or null. Kind matching is exact, as in the RESTMapper.
 *
 * Called with a parsed manifest object and `{ source, mode }` instead, it returns the resource or, when
 * the object cannot be mapped, the text kubectl prints for it alone (with its "error: " prefix).
 */
export function resolveKind(apiVersion: string, kind: string, mode?: Mode): ResourceInfo | null;
export function resolveKind(obj: unknown, opts: { source: string; mode?: Mode }): ResourceInfo | string;
export function resolveKind(a: unknown, b: unknown, c?: Mode): ResourceInfo | string | null {
  if (typeof a === 'string' && typeof b === 'string') {
    const mode = c ?? 'modern';
    return tableFor(mode).find((r) => r.apiVersion === a && r.kind === b) ?? null;
  }
  const opts = (b ?? { source: '' }) as { source: string; mode?: Mode };
  const res = resolveManifestObject(a, opts);
  return res.ok ? res.resource : `error: ${res.error}`;
}

export type ResolveResult =
  { ok: true; resource: ResourceInfo } | { ok: false; error: string; reason: 'no-match' | 'unsupported' };

function meta(obj: Record<string, unknown>): { name: string; namespace: string } {
  const m = obj.metadata;
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return { name: '', namespace: '' };
  const md = m as Record<string, unknown>;
  return {
    name: typeof md.name === 'string' ? md.name : '',
    namespace: typeof md.namespace === 'string' ? md.namespace : '',
  };
}

/**
 * Maps a parsed manifest object to a resource, as kubectl's resource builder does before sending it.
 * An unknown group/version/kind gives kubectl's text (printed with an "error: " prefix when alone):
 *
 *     error: resource mapping not found for name: "kubia" namespace: "" from "kubia-statefulset-peers.yaml": no matches for kind "StatefulSet" in version "apps/v1beta1"
 *     ensure CRDs are installed first
 *
 * `error` is the bare message (no "error: " prefix) so callers can render one or several errors.
 */
export function resolveManifestObject(obj: unknown, opts: { source: string; mode?: Mode }): ResolveResult {
  const o = (typeof obj === 'object' && obj !== null ? obj : {}) as Record<string, unknown>;
  const apiVersion = typeof o.apiVersion === 'string' ? o.apiVersion : '';
  const kind = typeof o.kind === 'string' ? o.kind : '';
  const mode = opts.mode ?? 'modern';
  const res = tableFor(mode).find((r) => r.apiVersion === apiVersion && r.kind === kind) ?? null;
  if (res && res.creatable) return { ok: true, resource: res };
  if (res && !res.creatable) {
    return {
      ok: false,
      reason: 'unsupported',
      error: `StatefulSet Lab does not simulate creating ${kind} objects (${apiVersion})`,
    };
  }
  const real = UNSIMULATED_KINDS[kind];
  if (mode === 'modern' && real && real.includes(apiVersion)) {
    return {
      ok: false,
      reason: 'unsupported',
      error: `StatefulSet Lab does not simulate ${kind} objects (${apiVersion})`,
    };
  }
  const { name, namespace } = meta(o);
  return {
    ok: false,
    reason: 'no-match',
    error:
      `resource mapping not found for name: ${goQuote(name)} namespace: ${goQuote(namespace)} from ${goQuote(opts.source)}: ` +
      `no matches for kind ${goQuote(kind)} in version ${goQuote(apiVersion)}\nensure CRDs are installed first`,
  };
}

export type LookupResult = { ok: true; resource: ResourceInfo } | { ok: false; error: string };

function matchesName(r: ResourceInfo, name: string): boolean {
  return r.plural === name || r.singular === name || r.shortNames.includes(name) || r.kind.toLowerCase() === name;
}

/**
 * Resolves a `kubectl get` type argument: plural, singular, short name or kind, case-insensitive,
 * optionally qualified as `<type>.<group>` or `<type>.<version>.<group>` (e.g. `sts`, `statefulsets.apps`,
 * `statefulset.v1.apps`, `pvc`). Unknown types give `error: the server doesn't have a resource type "foo"`.
 */
export function lookupResourceType(arg: string, mode: Mode = 'modern'): LookupResult {
  const lower = arg.toLowerCase();
  const table = tableFor(mode);
  const firstDot = lower.indexOf('.');
  const resourcePart = firstDot >= 0 ? lower.slice(0, firstDot) : lower;
  const candidates: ResourceInfo[] = [];
  if (firstDot < 0) {
    candidates.push(...table.filter((r) => matchesName(r, lower)));
  } else {
    const rest = lower.slice(firstDot + 1);
    // <resource>.<version>.<group>
    const secondDot = rest.indexOf('.');
    if (secondDot >= 0) {
      const version = rest.slice(0, secondDot);
      const group = rest.slice(secondDot + 1);
      candidates.push(
        ...table.filter((r) => matchesName(r, resourcePart) && r.version === version && r.group === group),
      );
    }
    // <resource>.<group>
    if (candidates.length === 0)
      candidates.push(...table.filter((r) => matchesName(r, resourcePart) && r.group === rest));
  }
  if (candidates.length > 0) {
    // Prefer the group's preferred version (v1) when several versions match.
    const preferred = candidates.find((r) => r.version === 'v1') ?? candidates[0];
    return { ok: true, resource: preferred };
  }
  return { ok: false, error: `error: the server doesn't have a resource type ${goQuote(resourcePart)}` };
}
