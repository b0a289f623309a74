import { describe, expect, it } from 'vitest';
import { KUBECTL_DESCRIBE_OPTIONS, TabFlags, TableWriter, formatTable } from './tabwriter.ts';

describe('formatTable (kubectl get layout: minwidth 6, padding 3)', () => {
  it('pads every column but the last to the widest cell + 3', () => {
    expect(
      formatTable([
        ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
        ['web-0', '1/1', 'Running', '0', '3m'],
        ['web-1', '0/1', 'ContainerCreating', '0', '1s'],
      ]),
    ).toBe(
      'NAME    READY   STATUS              RESTARTS   AGE\n' +
        'web-0   1/1     Running             0          3m\n' +
        'web-1   0/1     ContainerCreating   0          1s\n',
    );
  });

  it('reproduces the -o wide pod table of the semantics reference', () => {
    expect(
      formatTable([
        ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
        ['kubia-0', '1/1', 'Running', '0', '3m', '10.244.1.5', 'node-1', '<none>', '<none>'],
        ['kubia-1', '1/1', 'Running', '0', '3m', '10.244.2.6', 'node-2', '<none>', '<none>'],
      ]),
    ).toBe(
      'NAME      READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\n' +
        'kubia-0   1/1     Running   0          3m    10.244.1.5   node-1   <none>           <none>\n' +
        'kubia-1   1/1     Running   0          3m    10.244.2.6   node-2   <none>           <none>\n',
    );
  });

  it('gives short columns the minimum width of 6', () => {
    expect(
      formatTable([
        ['A', 'B'],
        ['a', 'b'],
      ]),
    ).toBe('A     B\na     b\n');
  });

  it('pads a tab-terminated cell even when the final cell is empty', () => {
    expect(
      formatTable([
        ['NAME', 'ENDPOINTS', 'AGE'],
        ['kubia', '', '5m'],
      ]),
    ).toBe('NAME    ENDPOINTS   AGE\nkubia               5m\n');
    expect(formatTable([['a', '']])).toBe('a     \n');
  });

  it('counts code points, not UTF-16 units or bytes', () => {
    expect(
      formatTable([
        ['héllo', 'x'],
        ['😀', 'y'],
      ]),
    ).toBe('héllo   x\n😀       y\n');
  });

  it('returns an empty string for no rows and a bare newline for an empty row', () => {
    expect(formatTable([])).toBe('');
    expect(formatTable([[]])).toBe('\n');
  });

  it('sizes a column per contiguous block of lines that have it (Go doc example)', () => {
    const w = new TableWriter();
    w.write('aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n');
    expect(w.flush()).toBe('aaaa   bbb   d\naa     b     dd\na      \naa     cccc   eee\n');
  });

  it('with RememberWidths a later block never gets narrower than an earlier one', () => {
    const w = new TableWriter();
    w.write('aaaa\tbbbbbbb\td\na\t\naa\tb\te\n');
    expect(w.flush()).toBe('aaaa   bbbbbbb   d\na      \naa     b         e\n');
  });

  it('without RememberWidths (describe options) each block is sized on its own', () => {
    const w = new TableWriter(KUBECTL_DESCRIBE_OPTIONS);
    w.write('aaaa\tbbbbbbb\td\na\t\naa\tb\te\n');
    expect(w.flush()).toBe('aaaa  bbbbbbb  d\na     \naa    b  e\n');
  });

  it('flushes at a line without tabs, yet keeps remembered widths for what follows', () => {
    const w = new TableWriter();
    w.write('aaaaaaaa\tb\nX\nc\td\n');
    expect(w.flush()).toBe('aaaaaaaa   b\nX\nc          d\n');
    const d = new TableWriter(KUBECTL_DESCRIBE_OPTIONS);
    d.write('aaaaaaaa\tb\nX\nc\td\n');
    expect(d.flush()).toBe('aaaaaaaa  b\nX\nc  d\n');
  });

  it('lays out describe sections with (0, 8, 2, " ")', () => {
    const w = new TableWriter(KUBECTL_DESCRIBE_OPTIONS);
    w.write('Name:\tkubia\nNamespace:\tdefault\nSelector:\tapp=kubia\n');
    expect(w.flush()).toBe('Name:       kubia\nNamespace:  default\nSelector:   app=kubia\n');
  });

  it('writes text after the last newline without a newline', () => {
    const w = new TableWriter();
    w.write('a\tb\nc\td');
    expect(w.flush()).toBe('a     b\nc     d');
  });
});

describe('TableWriter for kubectl get -w', () => {
  it('keeps column widths across flushes and only ever grows them', () => {
    const w = new TableWriter();
    w.writeRow(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    w.writeRow(['web-0', '0/1', 'Pending', '0', '0s']);
    expect(w.flush()).toBe('NAME    READY   STATUS    RESTARTS   AGE\nweb-0   0/1     Pending   0          0s\n');
    w.writeRow(['web-0', '0/1', 'Pending', '0', '0s']);
    expect(w.flush()).toBe('web-0   0/1     Pending   0          0s\n');
    w.writeRow(['web-0', '0/1', 'ContainerCreating', '0', '0s']);
    expect(w.flush()).toBe('web-0   0/1     ContainerCreating   0          0s\n');
    w.writeRow(['web-0', '1/1', 'Running', '0', '19s']);
    expect(w.flush()).toBe('web-0   1/1     Running             0          19s\n');
    expect(w.rememberedWidths()).toEqual([8, 8, 20, 11]);
  });

  it('can seed remembered widths from another writer', () => {
    const w = new TableWriter().setRememberedWidths([10, 6]);
    w.writeRow(['a', 'b', 'c']);
    expect(w.flush()).toBe('a         b     c\n');
  });

  it('returns an empty string when nothing was written', () => {
    expect(new TableWriter().flush()).toBe('');
  });
});

describe('TableWriter flags', () => {
  it('AlignRight right-aligns padded cells', () => {
    const w = new TableWriter({ minWidth: 0, tabWidth: 8, padding: 1, padChar: ' ', flags: TabFlags.AlignRight });
    w.write('a\tbbb\tc\naaa\tb\tc\n');
    expect(w.flush()).toBe('   a bbbc\n aaa   bc\n');
  });

  it('Debug separates columns with |', () => {
    const w = new TableWriter({ minWidth: 0, tabWidth: 8, padding: 1, padChar: ' ', flags: TabFlags.Debug });
    w.write('a\tb\tc\n');
    expect(w.flush()).toBe('a |b |c\n');
  });

  it('pads with tabs when padChar is a tab', () => {
    const w = new TableWriter({ minWidth: 0, tabWidth: 8, padding: 1, padChar: '\t', flags: 0 });
    w.write('a\tb\naaaaaaaaa\tc\n');
    expect(w.flush()).toBe('a\t\tb\naaaaaaaaa\tc\n');
  });

  it('DiscardEmptyColumns drops columns made only of soft-tab empty cells', () => {
    const w = new TableWriter({
      minWidth: 0,
      tabWidth: 8,
      padding: 1,
      padChar: '.',
      flags: TabFlags.DiscardEmptyColumns,
    });
    w.write('a\v\vb\nc\v\vd\n');
    expect(w.flush()).toBe('a.b\nc.d\n');
  });

  it('rejects negative sizes', () => {
    expect(() => new TableWriter({ padding: -1 })).toThrow('negative minwidth, tabwidth, or padding');
  });
});
