// How kubectl prints errors (k8s.io/kubectl/pkg/cmd/util/helpers.go checkErr): a lone Invalid status
// as "The Kind "name" is invalid: ..." with one cause per line, other API errors as
// "Error from server (Reason): ...", plain client errors with an "error: " prefix. When a command hits
// several errors they are printed one per line in their StandardErrorMessage form (no "error: ").

import { goAggregate, goQuote } from './go-format.ts';
import { fieldErrorText, type FieldError } from './field-errors.ts';

/** One error as kubectl would print it alone (`single`) or as one line of several (`inAggregate`). */
export interface KubectlError {
  single: string;
  inAggregate: string;
}

/** statusCausesToAggrError / ToAggregate: "field: body" lines, duplicates removed, order kept. */
export function uniqueCauses(errs: readonly FieldError[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of errs) {
    const msg = fieldErrorText(e);
    if (seen.has(msg)) continue;
    seen.add(msg);
    out.push(msg);
  }
  return out;
}

export type ErrorVerb = 'creating' | 'replacing' | 'applying patch';

function sourcePrefix(verb: ErrorVerb, source: string | undefined): string {
  return source ? `error when ${verb} ${goQuote(source)}: ` : '';
}

/**
 * A 422 Invalid from the API server (apierrors.NewInvalid), as kubectl prints it.
 * `group` is the API group ("apps", or "" for core), used in the status message.
 */
export function invalidError(
  kind: string,
  group: string,
  name: string,
  errs: readonly FieldError[],
  source?: string,
  verb: ErrorVerb = 'creating',
): KubectlError {
  const causes = uniqueCauses(errs);
  const head = `The ${kind} ${goQuote(name)} is invalid`;
  let single: string;
  if (causes.length === 0) single = head;
  else if (causes.length === 1) single = `${head}: ${causes[0]}`;
  else single = `${head}: \n` + causes.map((c) => `* ${c}`).join('\n');
  const qualified = group ? `${kind}.${group}` : kind;
  const message =
    causes.length === 0
      ? `${qualified} ${goQuote(name)} is invalid`
      : `${qualified} ${goQuote(name)} is invalid: ${goAggregate(causes)}`;
  return { single, inAggregate: `Error from server (Invalid): ${sourcePrefix(verb, source)}${message}` };
}

/**
 * An Invalid status without kind or name (the patch handler's errors), printed as
 * "The request is invalid: ..." by kubectl.
 */
export function requestInvalidError(errs: readonly FieldError[], message?: string): KubectlError {
  const causes = uniqueCauses(errs);
  let single: string;
  if (causes.length === 0) single = message ? `The request is invalid: ${message}` : 'The request is invalid';
  else if (causes.length === 1) single = `The request is invalid: ${causes[0]}`;
  else single = 'The request is invalid: \n' + causes.map((c) => `* ${c}`).join('\n');
  const statusMessage = message ?? (causes.length > 0 ? `${goAggregate(causes)}` : '');
  return { single, inAggregate: `Error from server (Invalid): ${statusMessage}` };
}

/** A 400 BadRequest from the API server. */
export function badRequestError(message: string, source?: string, verb: ErrorVerb = 'creating'): KubectlError {
  const text = `Error from server (BadRequest): ${sourcePrefix(verb, source)}${message}`;
  return { single: text, inAggregate: text };
}

/** A status error with another reason ("" reason prints as "Error from server: ..."). */
export function serverError(reason: string, message: string): KubectlError {
  const text = reason ? `Error from server (${reason}): ${message}` : `Error from server: ${message}`;
  return { single: text, inAggregate: text };
}

/** A client-side error (not an API status). */
export function clientError(message: string): KubectlError {
  const bare = message.startsWith('error: ') ? message.slice('error: '.length) : message;
  return { single: message.startsWith('error: ') ? message : `error: ${message}`, inAggregate: bare };
}

/** What kubectl prints for the errors of one command: one alone, several one per line. No trailing newline. */
export function renderKubectlErrors(errs: readonly KubectlError[]): string {
  if (errs.length === 0) return '';
  if (errs.length === 1) return errs[0].single;
  return errs.map((e) => e.inAggregate).join('\n');
}
