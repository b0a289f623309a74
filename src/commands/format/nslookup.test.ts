import { describe, expect, it } from 'vitest';
import { formatBindNslookup, formatBusyboxNslookup, renderNslookup } from './nslookup.ts';

const kubeDns = 'kube-dns.kube-system.svc.cluster.local';

describe('busybox 1.28 nslookup', () => {
  it('prints the server block, a blank line and the answers with reverse names', () => {
    expect(
      formatBusyboxNslookup({
        query: 'web-0.nginx',
        server: '10.96.0.10',
        serverName: kubeDns,
        ok: true,
        answers: [{ ip: '10.244.1.6', ptrName: 'web-0.nginx.default.svc.cluster.local' }],
      }),
    ).toEqual({
      stdout:
        'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n' +
        'Name:      web-0.nginx\nAddress 1: 10.244.1.6 web-0.nginx.default.svc.cluster.local\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('numbers several addresses and omits missing reverse names', () => {
    expect(
      formatBusyboxNslookup({
        query: 'nginx',
        server: '10.96.0.10',
        ok: true,
        answers: [{ ip: '10.244.1.6', ptrName: 'web-0.nginx.default.svc.cluster.local' }, { ip: '10.244.2.7' }],
      }).stdout,
    ).toBe(
      'Server:    10.96.0.10\nAddress 1: 10.96.0.10\n\nName:      nginx\n' +
        'Address 1: 10.244.1.6 web-0.nginx.default.svc.cluster.local\nAddress 2: 10.244.2.7\n',
    );
  });

  it('reports failures on stderr with exit status 1', () => {
    expect(
      formatBusyboxNslookup({
        query: 'web-0.nginx',
        server: '10.96.0.10',
        serverName: kubeDns,
        ok: false,
        answers: [],
      }),
    ).toEqual({
      stdout: 'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n',
      stderr: "nslookup: can't resolve 'web-0.nginx'\n",
      exitCode: 1,
    });
  });

  it('renderNslookup shows what the terminal shows, with kube-dns as the server name', () => {
    expect(renderNslookup({ query: 'web-9.nginx', server: '10.96.0.10', ok: false, answers: [] })).toBe(
      "Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nnslookup: can't resolve 'web-9.nginx'\n",
    );
  });
});

describe('BIND 9.9 nslookup (tutum/dnsutils)', () => {
  it('prints authoritative answers and a trailing blank line', () => {
    expect(
      formatBindNslookup({
        query: 'kubia',
        server: '10.96.0.10',
        status: 'NOERROR',
        authoritative: true,
        answers: [
          { name: 'kubia.default.svc.cluster.local.', ttl: 30, type: 'A', data: '10.244.1.5' },
          { name: 'kubia.default.svc.cluster.local.', ttl: 30, type: 'A', data: '10.244.2.6' },
        ],
      }),
    ).toEqual({
      stdout:
        'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n' +
        'Name:\tkubia.default.svc.cluster.local\nAddress: 10.244.1.5\n' +
        'Name:\tkubia.default.svc.cluster.local\nAddress: 10.244.2.6\n\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('marks non-authoritative answers and prints other record types with their labels', () => {
    expect(
      formatBindNslookup({
        query: 'kubia.default.svc.cluster.local',
        server: '10.96.0.10',
        status: 'NOERROR',
        authoritative: false,
        answers: [
          {
            name: 'kubia.default.svc.cluster.local',
            ttl: 30,
            type: 'SRV',
            data: '0 100 80 kubia-0.kubia.default.svc.cluster.local.',
          },
        ],
      }).stdout,
    ).toBe(
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nNon-authoritative answer:\n' +
        'kubia.default.svc.cluster.local\tservice = 0 100 80 kubia-0.kubia.default.svc.cluster.local.\n\n',
    );
  });

  it('reports NXDOMAIN and empty answers', () => {
    expect(
      formatBindNslookup({
        query: 'web-5.nginx',
        server: '10.96.0.10',
        status: 'NXDOMAIN',
        authoritative: true,
        answers: [],
      }),
    ).toEqual({
      stdout: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find web-5.nginx: NXDOMAIN\n\n",
      stderr: '',
      exitCode: 1,
    });
    expect(
      formatBindNslookup({ query: 'x', server: '10.96.0.10', status: 'NOERROR', authoritative: true, answers: [] })
        .stdout,
    ).toBe("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n*** Can't find x: No answer\n\n");
  });
});
