// The size of a DNS response on the wire, as dig reports it in ";; MSG SIZE  rcvd: N".
//
// CoreDNS (miekg/dns) only compresses a reply when the uncompressed message would not fit the
// client's buffer (request.Scrub → Msg.Truncate leaves Compress false for messages that fit),
// so typical cluster answers are measured uncompressed: a real `dig SRV` against a headless
// Service returned 455 bytes for two SRV + two A records, which is the uncompressed size. When
// compression does apply, miekg/dns compresses owner names and the names inside
// NS/CNAME/PTR/MX/SOA data; SRV targets are written in full but can be pointed to later.

import { utf8Bytes } from './gofmt.ts';

export type DnsType = 'A' | 'AAAA' | 'SRV' | 'SOA' | 'PTR' | 'CNAME' | 'NS' | 'TXT';

export interface DnsRecord {
  /** Owner name; a trailing dot is optional. */
  name: string;
  ttl: number;
  type: DnsType;
  /** Presentation-format data, e.g. "10.244.1.5" or "0 50 80 web-0.nginx.default.svc.cluster.local.". */
  data: string;
}

export interface DnsMessageShape {
  qname: string;
  answers: readonly DnsRecord[];
  authority: readonly DnsRecord[];
  additional: readonly DnsRecord[];
  /** An EDNS0 OPT record (no options) is present in the reply. */
  edns: boolean;
}

const HEADER = 12;
const RR_FIXED = 10; // type, class, ttl, rdlength
const OPT_RR = 11; // root name + RR_FIXED

export const fqdn = (name: string): string => (name.endsWith('.') ? name : `${name}.`);

function labels(name: string): string[] {
  const n = fqdn(name);
  return n === '.' ? [] : n.slice(0, -1).split('.');
}

/** Uncompressed wire length of a domain name. */
export function nameLength(name: string): number {
  return labels(name).reduce((sum, l) => sum + 1 + utf8Bytes(l).length, 0) + 1;
}

class Packer {
  size = 0;
  private readonly table = new Map<string, number>();

  constructor(private readonly compress: boolean) {}

  name(name: string, mayCompress: boolean): void {
    const ls = labels(name);
    for (let i = 0; i < ls.length; i++) {
      const suffix = ls.slice(i).join('.').toLowerCase();
      const hit = this.table.get(suffix);
      if (hit !== undefined && this.compress && mayCompress) {
        this.size += 2;
        return;
      }
      if (hit === undefined && this.size < 0x3fff) this.table.set(suffix, this.size);
      this.size += 1 + utf8Bytes(ls[i]).length;
    }
    this.size += 1;
  }

  rr(r: DnsRecord): void {
    this.name(r.name, true);
    this.size += RR_FIXED;
    const f = r.data.trim().split(/\s+/);
    switch (r.type) {
      case 'A':
        this.size += 4;
        break;
      case 'AAAA':
        this.size += 16;
        break;
      case 'SRV':
        this.size += 6;
        this.name(f[3], false);
        break;
      case 'SOA':
        this.name(f[0], true);
        this.name(f[1], true);
        this.size += 20;
        break;
      case 'PTR':
      case 'CNAME':
      case 'NS':
        this.name(f[0], true);
        break;
      case 'TXT': {
        const text = r.data.replace(/^"|"$/g, '');
        this.size += 1 + utf8Bytes(text).length;
        break;
      }
    }
  }
}

function pack(msg: DnsMessageShape, compress: boolean): number {
  const p = new Packer(compress);
  p.size = HEADER;
  p.name(msg.qname, true);
  p.size += 4;
  for (const r of [...msg.answers, ...msg.authority, ...msg.additional]) p.rr(r);
  if (msg.edns) p.size += OPT_RR;
  return p.size;
}

/** Bytes dig receives: uncompressed unless that would exceed the client's UDP buffer. */
export function dnsMessageSize(msg: DnsMessageShape, udpSize = 4096): number {
  const plain = pack(msg, false);
  const limit = msg.edns ? Math.max(udpSize, 512) : 512;
  return plain <= limit ? plain : pack(msg, true);
}
