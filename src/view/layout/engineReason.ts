// The StatefulSet controller's reason (world.controllers[set].reason) is a sentence the engine
// writes in English, as a log line would be. The view shows it in the page's language: each of
// the engine's sentence shapes maps to a message with the same names in it. A reason the table
// does not know is shown as the engine wrote it, so a new one is never lost (only untranslated).
import { msg, render, type DisplayLang, type Message, type MessageKey } from '../../i18n/index.ts';

const SHAPES: readonly [RegExp, MessageKey, readonly string[]][] = [
  [/^(\S+) failed; recreating it once the old pod is gone$/, 'engine.failedRecreating', ['pod']],
  [/^waiting for the old claim (\S+) to be deleted before creating (\S+)$/, 'engine.oldClaim', ['claim', 'pod']],
  [/^created (\S+); waiting for it to be Running and Ready$/, 'engine.createdWaiting', ['pod']],
  [/^waiting for (\S+) to terminate$/, 'engine.waitTerminate', ['pod']],
  [
    /^waiting for (\S+) to be Running and Ready before creating or updating (\S+)$/,
    'engine.waitReadyBefore',
    ['pod', 'next'],
  ],
  [/^waiting for (\S+) to be Running and Ready$/, 'engine.waitReady', ['pod']],
  [/^waiting for (\S+) to be available \(minReadySeconds\)$/, 'engine.waitAvailable', ['pod']],
  [/^waiting for (\S+) to be gone before removing the next pod$/, 'engine.waitGoneBeforeNext', ['pod']],
  [/^scale-down blocked: (\S+) is not Running and Ready$/, 'engine.scaleDownBlocked', ['pod']],
  [/^deleted (\S+); waiting for it to be gone$/, 'engine.deletedWaiting', ['pod']],
  [/^rolling update waiting for a pod to be Running and Ready$/, 'engine.rollingWaitAny', []],
  [/^rolling update waiting for (\S+) to be Running and Ready$/, 'engine.rollingWait', ['pod']],
  [/^rolling update: replacing (.+) with the new revision$/, 'engine.rollingReplacing', ['pods']],
];

/** The engine's reason as a message, or the reason itself when its shape is not known. */
export function engineReason(reason: string): Message | string {
  for (const [re, key, names] of SHAPES) {
    const m = re.exec(reason);
    if (!m) continue;
    return msg(key, Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])));
  }
  return reason;
}

/** The engine's reason as text in `lang`. */
export function engineReasonText(lang: DisplayLang, reason: string): string {
  const m = engineReason(reason);
  return typeof m === 'string' ? m : render(lang, m);
}
