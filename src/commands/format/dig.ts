// `dig` output as printed by the tutum/dnsutils image used in Kubernetes in Action ch. 10.
// That image is `FROM ubuntu:trusty` + the dnsutils package; real captures of
// `kubectl run ... --image=tutum/dnsutils -- dig SRV ...` print "DiG 9.9.5-3ubuntu0.2-Ubuntu".
// Layout follows BIND 9.9's dig.c / masterdump.c: records are written with the style columns
// (ttl 24, class 32, type 40, rdata 48, tab width 8) using BIND's indent(): tabs to reach the
// column, then spaces, and always at least one separator character. dig sends EDNS0 (udp 4096)
// and CoreDNS echoes an OPT record, so the OPT pseudo-section appears and counts in ADDITIONAL.

import { dnsMessageSize, fqdn } from './dns-wire.ts';
import type { DnsRecord, DnsType } from './dns-wire.ts';
import { unixDate } from './time.ts';

export const DIG_VERSION = '9.9.5-3ubuntu0.2-Ubuntu';

export type DnsStatus = 'NOERROR' | 'FORMERR' | 'SERVFAIL' | 'NXDOMAIN' | 'NOTIMP' | 'REFUSED';

export interface DigInput {
  /** Arguments after `dig` exactly as typed, echoed in the banner (default: `[qtype, qname]`, `[qname]` for A). */
  args?: readonly string[];
  qname: string;
  qtype: DnsType;
  status: DnsStatus;
  id: number;
  answers: readonly DnsRecord[];
  authority?: readonly DnsRecord[];
  additional?: readonly DnsRecord[];
  queryTimeMs: number;
  /** Absolute epoch ms of the reply (the ;; WHEN: line, printed in UTC). */
  whenMs: number;
  /** Server address (default the kube-dns Service, 10.96.0.10). */
  server?: string;
  port?: number;
  /** Header flags; CoreDNS answers cluster.local authoritatively, echoes RD and sets no RA. */
  flags?: { aa?: boolean; rd?: boolean; ra?: boolean };
  /** Whether the reply carries an OPT record (dig 9.9 queries with EDNS0 by default). */
  edns?: boolean;
  udpSize?: number;
  /** `dig +short`: only the rdata of the answer section. */
  short?: boolean;
}

const STYLE = { ttl: 24, class: 32, type: 40, rdata: 48, tab: 8 };

/** BIND masterdump.c indent(): move from column `from` to `to` with tabs, then spaces. */
export function bindIndent(from: number, to: number, tabWidth = STYLE.tab): [string, number] {
  if (to < from + 1) to = from + 1;
  const ntabs = Math.max(Math.floor(to / tabWidth) - Math.floor(from / tabWidth), 0);
  const start = ntabs > 0 ? Math.floor(to / tabWidth) * tabWidth : from;
  return ['\t'.repeat(ntabs) + ' '.repeat(to - start), to];
}

function columns(fields: readonly [string, number | undefined][]): string {
  let out = '';
  let column = 0;
  fields.forEach(([text, col], i) => {
    if (i > 0 && col !== undefined) {
      const [pad, to] = bindIndent(column, col);
      out += pad;
      column = to;
    }
    out += text;
    column += text.length;
  });
  return out;
}

/** A record in dig's default (one-line) presentation. */
export function digRecordLine(r: DnsRecord): string {
  return columns([
    [fqdn(r.name), undefined],
    [String(r.ttl), STYLE.ttl],
    ['IN', STYLE.class],
    [r.type, STYLE.type],
    [r.data.trim().replace(/\s+/g, ' '), STYLE.rdata],
  ]);
}

function questionLine(qname: string, qtype: string): string {
  return `;${columns([
    [fqdn(qname), undefined],
    ['IN', STYLE.class],
    [qtype, STYLE.type],
  ])}`;
}

/** Records as BIND's message parser groups them: by owner name, then by type, in first-seen order. */
function grouped(records: readonly DnsRecord[]): DnsRecord[] {
  const names: { key: string; types: Map<string, DnsRecord[]> }[] = [];
  for (const r of records) {
    const key = fqdn(r.name).toLowerCase();
    let entry = names.find((n) => n.key === key);
    if (!entry) names.push((entry = { key, types: new Map() }));
    const list = entry.types.get(r.type) ?? [];
    list.push(r);
    entry.types.set(r.type, list);
  }
  return names.flatMap((n) => [...n.types.values()].flat());
}

function section(title: string, records: readonly DnsRecord[]): string {
  if (records.length === 0) return '';
  return `;; ${title} SECTION:\n${grouped(records).map(digRecordLine).join('\n')}\n\n`;
}

function banner(input: { args?: readonly string[]; qname: string; qtype: string }): string {
  const args = input.args ?? (input.qtype === 'A' ? [input.qname] : [input.qtype, input.qname]);
  return `\n; <<>> DiG ${DIG_VERSION} <<>>${args.map((a) => ` ${a}`).join('')}\n;; global options: +cmd\n`;
}

/** Full `dig` output (stdout). dig exits 0 whenever it got a reply, NXDOMAIN included. */
export function formatDig(input: DigInput): string {
  const answers = input.answers;
  if (input.short)
    return grouped(answers)
      .map((r) => `${r.data.trim().replace(/\s+/g, ' ')}\n`)
      .join('');

  const authority = input.authority ?? [];
  const additional = input.additional ?? [];
  const edns = input.edns ?? true;
  const udpSize = input.udpSize ?? 4096;
  const server = input.server ?? '10.96.0.10';
  const port = input.port ?? 53;
  const flags = { aa: true, rd: true, ra: false, ...input.flags };
  const flagText = ['qr', flags.aa && 'aa', flags.rd && 'rd', flags.ra && 'ra'].filter(Boolean).join(' ');

  let out = banner(input);
  out += ';; Got answer:\n';
  out += `;; ->>HEADER<<- opcode: QUERY, status: ${input.status}, id: ${input.id}\n`;
  out += `;; flags: ${flagText}; QUERY: 1, ANSWER: ${answers.length}, AUTHORITY: ${authority.length}, ADDITIONAL: ${additional.length + (edns ? 1 : 0)}\n`;
  if (flags.rd && !flags.ra) out += ';; WARNING: recursion requested but not available\n';
  out += '\n';
  if (edns) out += `;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: ${udpSize}\n`;
  out += `;; QUESTION SECTION:\n${questionLine(input.qname, input.qtype)}\n\n`;
  out += section('ANSWER', answers);
  out += section('AUTHORITY', authority);
  out += section('ADDITIONAL', additional);
  const size = dnsMessageSize({ qname: input.qname, answers, authority, additional, edns }, udpSize);
  out += `;; Query time: ${Math.trunc(input.queryTimeMs)} msec\n`;
  out += `;; SERVER: ${server}#${port}(${server})\n`;
  out += `;; WHEN: ${unixDate(input.whenMs)}\n`;
  out += `;; MSG SIZE  rcvd: ${size}\n\n`;
  return out;
}

/** dig's output when no server answers (exit status 9). */
export function formatDigTimeout(input: { args?: readonly string[]; qname: string; qtype: string }): string {
  return `${banner(input)};; connection timed out; no servers could be reached\n`;
}
