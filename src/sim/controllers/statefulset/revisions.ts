// ControllerRevisions as pkg/controller/history computes them (semantics §1.10): the data is a
// patch holding only spec.template; the name is `<set>-<hash>` where the hash is Go's
// fnv.New32 (FNV-1, 32-bit) over the patch's JSON, printed in decimal and safe-encoded.
import type { ControllerRevision, PodTemplateSpec, StatefulSet } from '../../model/types.ts';

/** JSON with object keys sorted, as Go's encoding/json marshals a map. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function templatePatch(template: PodTemplateSpec): { spec: { template: Record<string, unknown> } } {
  return { spec: { template: { ...structuredClone(template), $patch: 'replace' } } };
}

/** FNV-1 32-bit over UTF-8 bytes (Go's hash/fnv New32). */
export function fnv1_32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h = Math.imul(h, 0x01000193) >>> 0;
    h = (h ^ byte) >>> 0;
  }
  return h >>> 0;
}

const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** apimachinery rand.SafeEncodeString: each character mapped into a vowel-free alphabet. */
export function safeEncode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += SAFE[s.charCodeAt(i) % SAFE.length];
  return out;
}

export function revisionHash(data: unknown, collisionCount?: number): string {
  let text = canonicalJson(data);
  if (collisionCount !== undefined) text += String(collisionCount);
  return safeEncode(String(fnv1_32(text)));
}

export function revisionTemplate(rev: ControllerRevision): PodTemplateSpec {
  const data = rev.data as { spec: { template: PodTemplateSpec & { $patch?: string } } };
  const { $patch: _ignored, ...template } = data.spec.template;
  return template;
}

export function ownedRevisions(all: ControllerRevision[], set: StatefulSet): ControllerRevision[] {
  return all
    .filter((r) => r.metadata.ownerReferences?.some((o) => o.uid === set.metadata.uid))
    .sort((a, b) => a.revision - b.revision);
}

export function sameTemplate(rev: ControllerRevision, set: StatefulSet): boolean {
  return canonicalJson(rev.data) === canonicalJson(templatePatch(set.spec.template));
}
