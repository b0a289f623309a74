import { describe, expect, it } from 'vitest';
import { DIG_VERSION, bindIndent, digRecordLine, formatDig, formatDigTimeout } from './dig.ts';
import type { DnsRecord } from './dns-wire.ts';

const when = Date.UTC(2021, 9, 18, 8, 51, 50);
const svc = 'kubia-svc-headless.default.svc.cluster.local';

// A real capture of `kubectl run -it srvlookup --image=tutum/dnsutils --rm --restart=Never --
// dig SRV kubia-svc-headless.default.svc.cluster.local` against CoreDNS (tabs restored).
const capturedAnswers: DnsRecord[] = [
  { name: `${svc}.`, ttl: 30, type: 'SRV', data: `0 50 80 172-17-0-15.${svc}.` },
  { name: `${svc}.`, ttl: 30, type: 'SRV', data: `0 50 80 172-17-0-5.${svc}.` },
];
const capturedAdditional: DnsRecord[] = [
  { name: `172-17-0-15.${svc}.`, ttl: 30, type: 'A', data: '172.17.0.15' },
  { name: `172-17-0-5.${svc}.`, ttl: 30, type: 'A', data: '172.17.0.5' },
];

describe('formatDig', () => {
  it('reproduces the captured tutum/dnsutils SRV lookup, including MSG SIZE 455', () => {
    expect(
      formatDig({
        qname: svc,
        qtype: 'SRV',
        status: 'NOERROR',
        id: 17684,
        answers: capturedAnswers,
        additional: capturedAdditional,
        queryTimeMs: 7,
        whenMs: when,
      }),
    ).toBe(
      `
; <<>> DiG 9.9.5-3ubuntu0.2-Ubuntu <<>> SRV ${svc}
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 17684
;; flags: qr aa rd; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 3
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 4096
;; QUESTION SECTION:
;${svc}. IN SRV

;; ANSWER SECTION:
${svc}. 30 IN SRV\t0 50 80 172-17-0-15.${svc}.
${svc}. 30 IN SRV\t0 50 80 172-17-0-5.${svc}.

;; ADDITIONAL SECTION:
172-17-0-15.${svc}. 30 IN\tA 172.17.0.15
172-17-0-5.${svc}. 30 IN A 172.17.0.5

;; Query time: 7 msec
;; SERVER: 10.96.0.10#53(10.96.0.10)
;; WHEN: Mon Oct 18 08:51:50 UTC 2021
;; MSG SIZE  rcvd: 455

`,
    );
  });

  it('prints the book query against a modern cluster with pod hostnames', () => {
    const q = 'kubia.default.svc.cluster.local';
    const out = formatDig({
      qname: q,
      qtype: 'SRV',
      status: 'NOERROR',
      id: 4321,
      answers: [
        { name: q, ttl: 30, type: 'SRV', data: '0 50 80 kubia-0.kubia.default.svc.cluster.local.' },
        { name: q, ttl: 30, type: 'SRV', data: '0 50 80 kubia-1.kubia.default.svc.cluster.local.' },
      ],
      additional: [
        { name: 'kubia-0.kubia.default.svc.cluster.local', ttl: 30, type: 'A', data: '10.244.2.4' },
        { name: 'kubia-1.kubia.default.svc.cluster.local', ttl: 30, type: 'A', data: '10.244.3.3' },
      ],
      queryTimeMs: 1,
      whenMs: Date.UTC(2026, 0, 8, 22, 17, 49),
    });
    expect(out).toContain(';kubia.default.svc.cluster.local. IN\tSRV\n');
    expect(out).toContain(
      ';; ANSWER SECTION:\n' +
        'kubia.default.svc.cluster.local. 30 IN\tSRV\t0 50 80 kubia-0.kubia.default.svc.cluster.local.\n' +
        'kubia.default.svc.cluster.local. 30 IN\tSRV\t0 50 80 kubia-1.kubia.default.svc.cluster.local.\n\n' +
        ';; ADDITIONAL SECTION:\n' +
        'kubia-0.kubia.default.svc.cluster.local. 30 IN A 10.244.2.4\n' +
        'kubia-1.kubia.default.svc.cluster.local. 30 IN A 10.244.3.3\n\n',
    );
    expect(out).toContain(';; WHEN: Thu Jan 08 22:17:49 UTC 2026\n;; MSG SIZE  rcvd: 350\n\n');
  });

  it('prints NXDOMAIN with CoreDNS SOA in the authority section', () => {
    expect(
      formatDig({
        qname: 'web-5.nginx.default.svc.cluster.local',
        qtype: 'A',
        status: 'NXDOMAIN',
        id: 1,
        answers: [],
        authority: [
          {
            name: 'cluster.local.',
            ttl: 30,
            type: 'SOA',
            data: 'ns.dns.cluster.local. hostmaster.cluster.local. 1767910669 7200 1800 86400 30',
          },
        ],
        queryTimeMs: 0,
        whenMs: when,
      }),
    ).toBe(`
; <<>> DiG ${DIG_VERSION} <<>> web-5.nginx.default.svc.cluster.local
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 1
;; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1
;; WARNING: recursion requested but not available

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 4096
;; QUESTION SECTION:
;web-5.nginx.default.svc.cluster.local. IN A

;; AUTHORITY SECTION:
cluster.local.\t\t30\tIN\tSOA\tns.dns.cluster.local. hostmaster.cluster.local. 1767910669 7200 1800 86400 30

;; Query time: 0 msec
;; SERVER: 10.96.0.10#53(10.96.0.10)
;; WHEN: Mon Oct 18 08:51:50 UTC 2021
;; MSG SIZE  rcvd: 159

`);
  });

  it('aligns short names with tabs like BIND', () => {
    expect(digRecordLine({ name: 'google.com', ttl: 299, type: 'A', data: '216.58.217.46' })).toBe(
      'google.com.\t\t299\tIN\tA\t216.58.217.46',
    );
    expect(
      digRecordLine({ name: 'web-0.nginx.default.svc.cluster.local.', ttl: 5, type: 'A', data: '10.244.1.6' }),
    ).toBe('web-0.nginx.default.svc.cluster.local. 5 IN A\t10.244.1.6');
  });

  it('groups records by owner name then type, as the message parser does', () => {
    const out = formatDig({
      qname: 'x',
      qtype: 'A',
      status: 'NOERROR',
      id: 2,
      answers: [
        { name: 'a.', ttl: 1, type: 'A', data: '1.1.1.1' },
        { name: 'b.', ttl: 1, type: 'A', data: '2.2.2.2' },
        { name: 'a.', ttl: 1, type: 'A', data: '3.3.3.3' },
      ],
      queryTimeMs: 0,
      whenMs: 0,
      short: true,
    });
    expect(out).toBe('1.1.1.1\n3.3.3.3\n2.2.2.2\n');
  });

  it('prints only rdata with +short, nothing for NXDOMAIN', () => {
    const base = {
      qname: 'kubia.default.svc.cluster.local',
      qtype: 'SRV' as const,
      id: 3,
      queryTimeMs: 0,
      whenMs: 0,
      short: true,
    };
    expect(
      formatDig({
        ...base,
        status: 'NOERROR',
        answers: [
          {
            name: 'kubia.default.svc.cluster.local.',
            ttl: 30,
            type: 'SRV',
            data: '0 50 80 kubia-0.kubia.default.svc.cluster.local.',
          },
          {
            name: 'kubia.default.svc.cluster.local.',
            ttl: 30,
            type: 'SRV',
            data: '0 50 80 kubia-1.kubia.default.svc.cluster.local.',
          },
        ],
      }),
    ).toBe('0 50 80 kubia-0.kubia.default.svc.cluster.local.\n0 50 80 kubia-1.kubia.default.svc.cluster.local.\n');
    expect(formatDig({ ...base, status: 'NXDOMAIN', answers: [] })).toBe('');
  });

  it('echoes the arguments as typed and honours flags, EDNS and server overrides', () => {
    const out = formatDig({
      args: ['@10.96.0.10', 'web-0.nginx.default.svc.cluster.local'],
      qname: 'web-0.nginx.default.svc.cluster.local',
      qtype: 'A',
      status: 'NOERROR',
      id: 9,
      answers: [{ name: 'web-0.nginx.default.svc.cluster.local.', ttl: 30, type: 'A', data: '10.244.1.6' }],
      queryTimeMs: 2.9,
      whenMs: 0,
      flags: { ra: true },
      edns: false,
      server: '10.0.0.10',
    });
    expect(out.startsWith(`\n; <<>> DiG ${DIG_VERSION} <<>> @10.96.0.10 web-0.nginx.default.svc.cluster.local\n`)).toBe(
      true,
    );
    expect(out).toContain(
      ';; flags: qr aa rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n\n;; QUESTION SECTION:\n',
    );
    expect(out).not.toContain('WARNING');
    expect(out).not.toContain('OPT PSEUDOSECTION');
    expect(out).toContain(';; Query time: 2 msec\n;; SERVER: 10.0.0.10#53(10.0.0.10)\n');
    expect(out).toContain(';; MSG SIZE  rcvd: 108\n');
  });
});

describe('formatDigTimeout', () => {
  it('matches dig when no server answers', () => {
    expect(formatDigTimeout({ qname: 'www.google.com', qtype: 'A' })).toBe(
      `\n; <<>> DiG ${DIG_VERSION} <<>> www.google.com\n;; global options: +cmd\n;; connection timed out; no servers could be reached\n`,
    );
  });
});

describe('bindIndent', () => {
  it('uses tabs to reach the column, then spaces, and at least one character', () => {
    expect(bindIndent(11, 24)).toEqual(['\t\t', 24]);
    expect(bindIndent(27, 32)).toEqual(['\t', 32]);
    expect(bindIndent(3, 6)).toEqual(['   ', 6]);
    expect(bindIndent(3, 10)).toEqual(['\t  ', 10]);
    expect(bindIndent(45, 32)).toEqual([' ', 46]);
    expect(bindIndent(55, 48)).toEqual(['\t', 56]);
  });
});
