// nslookup output for the two images the StatefulSet walkthroughs use.
//
// busybox:1.28 (kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm):
// the pre-1.29 applet that resolves through libc. print_host() prints "%-10s %s" headers and one
// "Address N: <ip>[ <reverse name>]" line per address (the reverse name comes from a PTR lookup
// and is omitted when there is none). Failure goes to stderr via bb_error_msg, exit status 1.
//
// tutum/dnsutils (BIND 9.9 nslookup): "Server:\t\t", "Address:\t<ip>#53", one
// "Name:\t<fqdn>" / "Address: <ip>" pair per A record, "** server can't find" on errors, and
// main() always ends the output with an empty line.

import { fqdn } from './dns-wire.ts';
import type { DnsRecord } from './dns-wire.ts';

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface BusyboxNslookupInput {
  /** The name as typed, e.g. `web-0.nginx`. */
  query: string;
  /** Nameserver IP from /etc/resolv.conf. */
  server: string;
  /** PTR name of the nameserver (kube-dns.kube-system.svc.cluster.local), if it has one. */
  serverName?: string;
  answers: readonly { ip: string; ptrName?: string }[];
  ok: boolean;
}

const header = (label: string, host: string): string => `${label.padEnd(10)} ${host}\n`;
const address = (n: number, ip: string, ptr?: string): string => `Address ${n}: ${ip}${ptr ? ` ${ptr}` : ''}\n`;

export function formatBusyboxNslookup(input: BusyboxNslookupInput): CommandOutput {
  let stdout = header('Server:', input.server) + address(1, input.server, input.serverName) + '\n';
  if (!input.ok || input.answers.length === 0) {
    return { stdout, stderr: `nslookup: can't resolve '${input.query}'\n`, exitCode: 1 };
  }
  stdout += header('Name:', input.query);
  input.answers.forEach((a, i) => {
    stdout += address(i + 1, a.ip, a.ptrName);
  });
  return { stdout, stderr: '', exitCode: 0 };
}

/** Name CoreDNS gives the kube-dns Service IP in reverse lookups. */
export const KUBE_DNS_PTR = 'kube-dns.kube-system.svc.cluster.local';

/**
 * What a terminal shows for busybox nslookup (stdout, then stderr). The nameserver's reverse
 * name defaults to the kube-dns Service's. Prefer formatBusyboxNslookup to keep the streams apart.
 */
export function renderNslookup(input: BusyboxNslookupInput): string {
  const r = formatBusyboxNslookup({ ...input, serverName: input.serverName ?? KUBE_DNS_PTR });
  return r.stdout + r.stderr;
}

export interface BindNslookupInput {
  /** The name as typed. */
  query: string;
  server: string;
  port?: number;
  status: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';
  /** The AA flag of the reply (CoreDNS answers cluster.local names authoritatively). */
  authoritative: boolean;
  /** Answer records of the final (successful) query, owner names fully qualified. */
  answers: readonly DnsRecord[];
}

const RTYPE_TEXT: Record<string, string> = {
  NS: 'nameserver = ',
  CNAME: 'canonical name = ',
  PTR: 'name = ',
  SRV: 'service = ',
  TXT: 'text = ',
  AAAA: 'has AAAA address ',
};

const bare = (name: string): string => (name === '.' ? '.' : fqdn(name).slice(0, -1));

export function formatBindNslookup(input: BindNslookupInput): CommandOutput {
  let stdout = `Server:\t\t${input.server}\nAddress:\t${input.server}#${input.port ?? 53}\n\n`;
  if (input.status !== 'NOERROR') {
    stdout += `** server can't find ${input.query}: ${input.status}\n\n`;
    return { stdout, stderr: '', exitCode: 1 };
  }
  if (!input.authoritative) stdout += 'Non-authoritative answer:\n';
  if (input.answers.length === 0) {
    stdout += `*** Can't find ${input.query}: No answer\n`;
  }
  for (const r of input.answers) {
    if (r.type === 'A') stdout += `Name:\t${bare(r.name)}\nAddress: ${r.data.trim()}\n`;
    else stdout += `${bare(r.name)}\t${RTYPE_TEXT[r.type] ?? `${r.type.toLowerCase()} = `}${r.data.trim()}\n`;
  }
  return { stdout: `${stdout}\n`, stderr: '', exitCode: 0 };
}
