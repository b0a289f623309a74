// kubectl describe's PrefixWriter over a text/tabwriter (tabbedString): each Write indents by two
// spaces per level, and the tabs in the text become aligned columns when the output is flushed.
// Also the multi-line helpers (labels, annotations, taints, tolerations, pods) every describer uses.
import type { Labels, Taint, Toleration } from '../../../sim/model/types.ts';
import { compareGoStrings, utf8Bytes } from '../../format/gofmt.ts';
import { KUBECTL_DESCRIBE_OPTIONS, TableWriter, type TabWriterOptions } from '../../format/tabwriter.ts';
import { goSort } from '../labels.ts';

/** kubectl 1.6/1.7 (book) padded describe output with tabs: tabwriter.Init(buf, 0, 8, 1, '\t', 0). */
export const BOOK_DESCRIBE_OPTIONS: Readonly<TabWriterOptions> = {
  minWidth: 0,
  tabWidth: 8,
  padding: 1,
  padChar: '\t',
  flags: 0,
};

export class DescribeWriter {
  private text = '';

  constructor(private readonly options: Readonly<TabWriterOptions> = KUBECTL_DESCRIBE_OPTIONS) {}

  /** PrefixWriter.Write: `text` (already formatted) after two spaces per level. */
  write(level: number, text: string): void {
    this.text += '  '.repeat(level) + text;
  }

  /** PrefixWriter.WriteLine: the text and a newline, no indentation. */
  writeLine(text: string): void {
    this.text += `${text}\n`;
  }

  /** tabbedString's result: everything written, laid out by the tabwriter. */
  toString(): string {
    const tw = new TableWriter(this.options);
    tw.write(this.text);
    return tw.flush();
  }
}

/** printLabelsMultilineWithIndent: one `key=value` per line, sorted, `<none>` when empty. */
export function labelsMultiline(
  w: DescribeWriter,
  title: string,
  labels: Labels | undefined,
  initialIndent = '',
  innerIndent = '\t',
): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const keys = goSort(Object.keys(labels ?? {}));
  if (!keys.length) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, `${initialIndent}${innerIndent}`);
    w.write(0, `${key}=${labels![key]}\n`);
  });
}

const MAX_ANNOTATION_LEN = 140;
const byteLen = (s: string): number => utf8Bytes(s).length;
const shorten = (s: string, max: number): string => (byteLen(s) > max ? `${s.slice(0, max)}...` : s);

/** printAnnotationsMultiline: `key: value`, long or multi-line values on their own lines. */
export function annotationsMultiline(w: DescribeWriter, title: string, annotations: Labels | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = goSort(
    Object.keys(annotations ?? {}).filter((k) => k !== 'kubectl.kubernetes.io/last-applied-configuration'),
  );
  if (!keys.length) {
    w.writeLine('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, indent);
    const value = annotations![key]!.replace(/\n$/, '');
    if (byteLen(value) + byteLen(key) + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(0, `${key}:\n`);
      for (const s of value.split('\n')) w.write(0, `${indent}  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(0, `${key}: ${value}\n`);
    }
  });
}

/** Taint.ToString: `key=value:effect`, `key:effect`. */
export function taintText(t: Taint): string {
  const v = t.value ? `=${t.value}` : '';
  if (!t.effect) return t.value ? `${t.key}${v}:` : t.key;
  return `${t.key}${v}:${t.effect}`;
}

/** printNodeTaintsMultiline: sorted by `effect,key`, so NoExecute comes before NoSchedule. */
export function taintsMultiline(w: DescribeWriter, title: string, taints: readonly Taint[] | undefined): void {
  w.write(0, `${title}:\t`);
  if (!taints?.length) {
    w.writeLine('<none>');
    return;
  }
  const key = (t: Taint) => `${t.effect},${t.key}`;
  const sorted = [...taints].sort((a, b) => compareGoStrings(key(a), key(b)));
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${taintText(t)}\n`);
  });
}

/** printTolerationsMultilineWithIndent: `key=value:effect op=Exists for 300s`, sorted by key. */
export function tolerationsMultiline(
  w: DescribeWriter,
  title: string,
  tolerations: readonly Toleration[] | undefined,
): void {
  w.write(0, `${title}:\t`);
  if (!tolerations?.length) {
    w.writeLine('<none>');
    return;
  }
  const sorted = [...tolerations].sort((a, b) => compareGoStrings(a.key ?? '', b.key ?? ''));
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    let text = t.key ?? '';
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${text}\n`);
  });
}

/** printPodsMultiline: pod names, sorted. */
export function namesMultiline(w: DescribeWriter, title: string, names: readonly string[]): void {
  w.write(0, `${title}:\t`);
  if (!names.length) {
    w.writeLine('<none>');
    return;
  }
  goSort(names).forEach((name, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${name}\n`);
  });
}
