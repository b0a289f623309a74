import { describe, expect, it } from 'vitest';
import { dnsMessageSize, nameLength } from './dns-wire.ts';
import type { DnsRecord } from './dns-wire.ts';

describe('nameLength', () => {
  it('counts length bytes, labels and the root', () => {
    expect(nameLength('.')).toBe(1);
    expect(nameLength('google.com')).toBe(12);
    expect(nameLength('kubia.default.svc.cluster.local.')).toBe(33);
  });
});

describe('dnsMessageSize', () => {
  it('is the uncompressed size for replies that fit, as CoreDNS sends them', () => {
    // google.com A with EDNS: 12 + 16 + (12 + 10 + 4) + 11 = 65 uncompressed.
    expect(
      dnsMessageSize({
        qname: 'google.com',
        answers: [{ name: 'google.com', ttl: 1, type: 'A', data: '1.2.3.4' }],
        authority: [],
        additional: [],
        edns: true,
      }),
    ).toBe(65);
    expect(
      dnsMessageSize({
        qname: 'cluster.local',
        answers: [],
        authority: [
          {
            name: 'cluster.local',
            ttl: 30,
            type: 'SOA',
            data: 'ns.dns.cluster.local. hostmaster.cluster.local. 1 7200 1800 86400 30',
          },
        ],
        additional: [],
        edns: false,
      }),
    ).toBe(12 + 19 + 15 + 10 + 22 + 26 + 20);
  });

  it('compresses owner names (not SRV targets) once the reply exceeds the buffer', () => {
    const q = 'big.default.svc.cluster.local.'; // 31 bytes on the wire
    const answers: DnsRecord[] = Array.from({ length: 40 }, (_, i) => ({
      name: q,
      ttl: 30,
      type: 'SRV',
      data: `0 2 80 pod-${i}.big.default.svc.cluster.local.`,
    }));
    const additional: DnsRecord[] = Array.from({ length: 40 }, (_, i) => ({
      name: `pod-${i}.big.default.svc.cluster.local.`,
      ttl: 30,
      type: 'A',
      data: '10.0.0.1',
    }));
    const msg = { qname: q, answers, authority: [], additional, edns: true };
    const targets = answers.reduce((n, a) => n + nameLength(a.data.split(' ')[3]), 0);
    const uncompressed = 12 + 35 + 40 * 47 + targets + targets + 40 * 14 + 11;
    expect(uncompressed).toBeGreaterThan(4096);
    // Compressed: every owner name is a 2-byte pointer; SRV targets are written in full.
    expect(dnsMessageSize(msg)).toBe(12 + 35 + 40 * (2 + 16) + targets + 40 * (2 + 14) + 11);

    // Without EDNS the limit is 512 bytes: five SRV answers (467 bytes) go uncompressed,
    // seven (635 bytes) are compressed.
    const few = (n: number) => ({ ...msg, answers: answers.slice(0, n), additional: [], edns: false });
    expect(dnsMessageSize(few(5))).toBe(12 + 35 + 5 * (31 + 16 + 37));
    expect(dnsMessageSize(few(7))).toBe(12 + 35 + 7 * (2 + 16 + 37));
  });
});
