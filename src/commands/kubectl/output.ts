// `-o yaml|json|name|jsonpath=…|go-template=…` for one object or a List, as kubectl prints them.
import type { KubeObject } from '../../sim/model/types.ts';
import { asList, evalGoTemplate, evalJsonPath, FormatError, toJson, toYaml } from '../format/index.ts';

export type Rendered = { ok: true; text: string } | { ok: false; error: string; stdout?: string };

export function renderObjects(
  objects: KubeObject[],
  output: string,
  single: boolean,
  nameOf: (o: KubeObject) => string,
): Rendered {
  if (output === 'name') return { ok: true, text: objects.map((o) => `${nameOf(o)}\n`).join('') };
  const data: unknown = single ? objects[0] : asList(objects);
  try {
    if (output === 'yaml') return { ok: true, text: toYaml(data) };
    if (output === 'json') return { ok: true, text: toJson(data) };
    if (output.startsWith('jsonpath=')) return { ok: true, text: evalJsonPath(output.slice('jsonpath='.length), data) };
    if (output.startsWith('go-template='))
      return { ok: true, text: evalGoTemplate(output.slice('go-template='.length), data) };
  } catch (e) {
    if (e instanceof FormatError) return { ok: false, error: e.stderr.replace(/\n$/, ''), stdout: e.stdout };
    return { ok: false, error: `error: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { ok: false, error: `error: output format "${output}" is not supported by the simulator` };
}
