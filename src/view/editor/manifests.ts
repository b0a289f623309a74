// The manifest panel's logic, apart from React and CodeMirror: which object it shows and its YAML
// exactly as `kubectl get -o yaml` prints it, the apply preview, the apply itself (saved as a file
// and applied with `kubectl apply -f`, so the terminal, the timeline and a replay see the same
// thing), importing a real cluster's dump into a new timeline, and exporting the sandbox.
import { renderObjects } from '../../commands/kubectl/output.ts';
import { qualified } from '../../commands/resources.ts';
import { diffApply, type DiffResult } from '../../manifests/diff.ts';
import { exportWorld, type ExportResult } from '../../manifests/export.ts';
import { importCluster, type Dropped, type Skipped } from '../../manifests/import.ts';
import type { StoredKind, World } from '../../sim/engine/world.ts';
import type { KubeObject } from '../../sim/model/types.ts';
import type { Lab, Selection } from '../../store/lab.ts';
import { Timeline, type TimelineEntry } from '../../timeline/timeline.ts';
import { runFromGui } from '../hooks/lab.ts';

/** Kinds the panel offers, in the order of its object list: the StatefulSet first. */
export const EDITABLE_KINDS = [
  'StatefulSet',
  'Service',
  'PersistentVolumeClaim',
  'PersistentVolume',
  'Pod',
  'ReplicaSet',
] as const satisfies readonly StoredKind[];
export type EditableKind = (typeof EDITABLE_KINDS)[number];

export interface ObjectRef {
  kind: EditableKind;
  name: string;
}

const isEditable = (k: string): k is EditableKind => (EDITABLE_KINDS as readonly string[]).includes(k);

/** Every object the panel can show, StatefulSets first, each kind by name. */
export function editableObjects(world: World): ObjectRef[] {
  return EDITABLE_KINDS.flatMap((kind) =>
    Object.keys(world.objects[kind])
      .sort()
      .map((name) => ({ kind, name })),
  );
}

export function sameRef(a: ObjectRef | undefined, b: ObjectRef | undefined): boolean {
  return a?.kind === b?.kind && a?.name === b?.name;
}

/** The object to show: the selected one when the panel can show it, else the first StatefulSet (or any object). */
export function defaultRef(world: World, selection: Selection | null): ObjectRef | undefined {
  if (selection && isEditable(selection.kind) && world.objects[selection.kind][selection.name])
    return { kind: selection.kind, name: selection.name };
  return editableObjects(world)[0];
}

export function liveObject(world: World, ref: ObjectRef): KubeObject | undefined {
  return world.objects[ref.kind][ref.name] as KubeObject | undefined;
}

/** The object as `kubectl get KIND NAME -o yaml` prints it (the same printer), or undefined when it is gone. */
export function liveYaml(world: World, ref: ObjectRef): string | undefined {
  const obj = liveObject(world, ref);
  if (!obj) return undefined;
  const r = renderObjects([obj], 'yaml', true, (o) => qualified(o.kind as StoredKind, o.metadata.name));
  return r.ok ? r.text : undefined;
}

/** `statefulset.apps/web` → `web-statefulset.yaml`: the file the editor saves before applying. */
export function fileFor(ref: ObjectRef): string {
  return `${ref.name}-${ref.kind.toLowerCase()}.yaml`;
}

/** What applying `text` would change, or apply's own error with where it points (nothing is changed). */
export function review(world: World, text: string, file: string): DiffResult {
  return diffApply(world, text, { source: file });
}

/** The command line the editor runs for a file (the file name needs no quoting: it is ours). */
export function applyLine(file: string): string {
  return `kubectl apply -f ${file}`;
}

/**
 * Saves the text as `file` and runs `kubectl apply -f FILE` through the lab's one executor, so
 * the terminal shows it, the timeline records it with the file, and a replay does the same.
 */
export function applyText(lab: Lab, text: string, file: string): TimelineEntry | undefined {
  return runFromGui(lab, applyLine(file), { [file]: text });
}

export type ImportOutcome =
  | { ok: true; timeline: Timeline; skipped: Skipped[]; dropped: Dropped[]; notes: string[]; pods: number }
  | { ok: false; error: string };

/**
 * Rebuilds a real cluster's state from a `kubectl get … -o yaml|json` dump as a new timeline that
 * starts from it (the caller adopts it). `at` is when the dump was taken (the caller's clock).
 */
export function importDump(text: string, at?: number, source = 'import.yaml'): ImportOutcome {
  const r = importCluster(text, at === undefined ? { source } : { source, at });
  if (!r.ok) return r;
  const timeline = new Timeline({}, r.world);
  return {
    ok: true,
    timeline,
    skipped: r.skipped,
    dropped: r.dropped,
    notes: r.notes,
    pods: Object.keys(r.world.objects.Pod).length,
  };
}

/** The sandbox's objects as a YAML `List` that `kubectl apply -f` accepts. */
export function exportSandbox(world: World): ExportResult {
  return exportWorld(world);
}
