// github.com/liggitt/tabwriter (a fork of Go's text/tabwriter with RememberWidths), ported.
//
// Cells are terminated by '\t' (or the soft tab '\v'); '\n' and '\f' end a line. The last cell of
// a line is not tab-terminated, so it is never padded. A column is a run of tab-terminated
// cells at the same index in *contiguous* lines; its width is the widest cell in that block plus
// padding (at least minWidth). With RememberWidths a column never gets narrower than the widest
// it has ever been, even across Flush() calls, which is what keeps `kubectl get -w` rows aligned.
// Widths count Unicode code points (utf8.RuneCount). HTML filtering and Escape-bracketed
// segments are not supported (kubectl enables neither).

export const TabFlags = {
  AlignRight: 1 << 2,
  DiscardEmptyColumns: 1 << 3,
  TabIndent: 1 << 4,
  Debug: 1 << 5,
  RememberWidths: 1 << 6,
} as const;

export interface TabWriterOptions {
  minWidth: number;
  tabWidth: number;
  padding: number;
  padChar: string;
  flags: number;
}

/** cli-runtime printers.GetNewTabWriter: the table printer behind `kubectl get`. */
export const KUBECTL_TABLE_OPTIONS: Readonly<TabWriterOptions> = {
  minWidth: 6,
  tabWidth: 4,
  padding: 3,
  padChar: ' ',
  flags: TabFlags.RememberWidths,
};

/** kubectl describe's tabbedString(): text/tabwriter with (0, 8, 2, ' ', 0). */
export const KUBECTL_DESCRIBE_OPTIONS: Readonly<TabWriterOptions> = {
  minWidth: 0,
  tabWidth: 8,
  padding: 2,
  padChar: ' ',
  flags: 0,
};

interface Cell {
  text: string;
  width: number;
  htab: boolean;
}

const runeCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

export class TableWriter {
  private readonly opts: TabWriterOptions;
  private lines: Cell[][] = [[]];
  private cellText = '';
  private widths: number[] = [];
  private maxWidths: number[] = [];
  private out: string[] = [];

  constructor(options: Partial<TabWriterOptions> = {}) {
    this.opts = { ...KUBECTL_TABLE_OPTIONS, ...options };
    if (this.opts.minWidth < 0 || this.opts.tabWidth < 0 || this.opts.padding < 0) {
      throw new RangeError('negative minwidth, tabwidth, or padding');
    }
    if (this.opts.padChar === '\t') this.opts.flags &= ~TabFlags.AlignRight;
  }

  /** Feeds raw text (cells separated by '\t', lines by '\n'). */
  write(text: string): void {
    for (const ch of text) {
      if (ch === '\t' || ch === '\v' || ch === '\n' || ch === '\f') {
        const ncells = this.terminateCell(ch === '\t');
        if (ch === '\n' || ch === '\f') {
          this.lines.push([]);
          // A line with a single cell cannot influence later columns: flush right away.
          if (ch === '\f' || ncells === 1) {
            this.flushInternal();
            if (ch === '\f' && this.opts.flags & TabFlags.Debug) this.out.push('---\n');
          }
        }
      } else {
        this.cellText += ch;
      }
    }
  }

  /** Writes one table row: cells joined by tabs, terminated by a newline. */
  writeRow(cells: readonly string[]): void {
    this.write(`${cells.join('\t')}\n`);
  }

  /** Formats everything buffered and returns all output produced since the previous flush. */
  flush(): string {
    this.flushInternal();
    const text = this.out.join('');
    this.out = [];
    return text;
  }

  /** Copy of the remembered per-column maximum widths (RememberWidths only). */
  rememberedWidths(): number[] {
    return [...this.maxWidths];
  }

  setRememberedWidths(widths: readonly number[]): this {
    this.maxWidths = [...widths];
    return this;
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1];
    line.push({ text: this.cellText, width: runeCount(this.cellText), htab });
    this.cellText = '';
    return line.length;
  }

  private flushInternal(): void {
    if (this.cellText.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.cellText = '';
    this.widths = [];
  }

  private writePadding(textw: number, cellw: number, useTabs: boolean): void {
    const { padChar, tabWidth } = this.opts;
    if (padChar === '\t' || useTabs) {
      if (tabWidth === 0) return;
      const w = Math.ceil(cellw / tabWidth) * tabWidth;
      const n = w - textw;
      if (n < 0) throw new Error('internal error');
      this.out.push('\t'.repeat(Math.ceil(n / tabWidth)));
      return;
    }
    this.out.push(padChar.repeat(cellw - textw));
  }

  private writeLines(line0: number, line1: number): void {
    const { flags } = this.opts;
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      let useTabs = (flags & TabFlags.TabIndent) !== 0;
      line.forEach((c, j) => {
        if (j > 0 && flags & TabFlags.Debug) this.out.push('|');
        if (c.text.length === 0) {
          if (j < this.widths.length) this.writePadding(c.width, this.widths[j], useTabs);
        } else {
          useTabs = false;
          if ((flags & TabFlags.AlignRight) === 0) {
            this.out.push(c.text);
            if (j < this.widths.length) this.writePadding(c.width, this.widths[j], false);
          } else {
            if (j < this.widths.length) this.writePadding(c.width, this.widths[j], false);
            this.out.push(c.text);
          }
        }
      });
      // The last buffered line has no newline yet; anything still pending is written as is.
      if (i + 1 === this.lines.length) {
        this.out.push(this.cellText);
      } else {
        this.out.push('\n');
      }
    }
  }

  private format(line0: number, line1: number): void {
    const { flags, minWidth, padding } = this.opts;
    const column = this.widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= this.lines[current].length - 1) continue;
      // This line has a cell in this column: print the lines above, then size the block.
      this.writeLines(line0, current);
      line0 = current;

      let width = minWidth;
      let discardable = true;
      for (; current < line1; current++) {
        const line = this.lines[current];
        if (column >= line.length - 1) break;
        const c = line[column];
        width = Math.max(width, c.width + padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && flags & TabFlags.DiscardEmptyColumns) width = 0;

      if (flags & TabFlags.RememberWidths) {
        if (this.maxWidths.length < this.widths.length) {
          this.maxWidths.push(...this.widths.slice(this.maxWidths.length));
        }
        const k = this.widths.length;
        if (this.maxWidths.length === k) this.maxWidths.push(width);
        else if (this.maxWidths[k] > width) width = this.maxWidths[k];
        else if (this.maxWidths[k] < width) this.maxWidths[k] = width;
      }

      this.widths.push(width);
      this.format(line0, current);
      this.widths.pop();
      line0 = current;
      // Like Go, the loop increment now skips line `current`: it ended the block, so it has no
      // cell in this column and would be skipped anyway.
    }
    this.writeLines(line0, line1);
  }
}

/** Lays out rows the way `kubectl get` does in one flush; every line ends in "\n". */
export function formatTable(rows: readonly (readonly string[])[], options?: Partial<TabWriterOptions>): string {
  const w = new TableWriter(options);
  for (const row of rows) w.writeRow(row);
  return w.flush();
}
