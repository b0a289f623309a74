// The error type thrown by the formatters when kubectl itself would fail.
//
// `message` is Go's `err.Error()` text; `stderr` is exactly what kubectl prints for it
// (cmdutil.CheckErr prefixes "error: " unless present and ends the text with a newline).
// `stdout` holds whatever kubectl had already written to stdout before failing (go-template
// prints its debugging dump there).

export class FormatError extends Error {
  readonly stdout: string;

  constructor(message: string, stdout = '') {
    super(message);
    this.name = 'FormatError';
    this.stdout = stdout;
  }

  /** The text kubectl writes to stderr for this error. */
  get stderr(): string {
    const msg = this.message.startsWith('error: ') ? this.message : `error: ${this.message}`;
    return msg.endsWith('\n') ? msg : `${msg}\n`;
  }
}
