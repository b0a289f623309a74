import { describe, expect, it } from 'vitest';
import { annotationsMultiline, DescribeWriter, taintsMultiline, tolerationsMultiline } from './writer.ts';

describe('describe writer helpers', () => {
  it('aligns tab-separated cells across contiguous lines only', () => {
    const w = new DescribeWriter();
    w.write(0, 'Name:\tweb\n');
    w.write(0, 'CreationTimestamp:\tnow\n');
    w.write(0, 'Pod Template:\n');
    w.write(1, 'Labels:\tapp=nginx\n');
    expect(w.toString()).toBe(
      'Name:               web\nCreationTimestamp:  now\nPod Template:\n  Labels:  app=nginx\n',
    );
  });

  it('puts long or multi-line annotations on their own lines, cut at 140 bytes', () => {
    const w = new DescribeWriter();
    annotationsMultiline(w, 'Annotations', {
      'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"v1"}',
      a: 'x'.repeat(150),
      b: 'one\ntwo\n',
      c: 'short',
    });
    expect(w.toString()).toBe(
      [
        'Annotations:  a:',
        `                ${'x'.repeat(138)}...`,
        '              b:',
        '                one',
        '                two',
        '              c: short',
        '',
      ].join('\n'),
    );
  });

  it('formats tolerations and taints as kubectl does', () => {
    const w = new DescribeWriter();
    tolerationsMultiline(w, 'Tolerations', [
      { operator: 'Exists' },
      { key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
    taintsMultiline(w, 'Taints', [
      { key: 'b', effect: 'NoSchedule' },
      { key: 'dedicated', value: 'db', effect: 'NoExecute' },
      { key: 'a', effect: 'PreferNoSchedule' },
    ]);
    expect(w.toString()).toBe(
      [
        'Tolerations:  op=Exists',
        '              dedicated=db:NoSchedule',
        '              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        'Taints:       dedicated=db:NoExecute',
        '              b:NoSchedule',
        '              a:PreferNoSchedule',
        '',
      ].join('\n'),
    );
  });
});
