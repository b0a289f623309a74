// The live DNS panel: for each headless Service, the per-pod A records, the Service's SRV
// answer (priority, weight, port, target) and NXDOMAIN when no pod is ready. Rows are keyed by
// name and IP, so a changed answer flashes (when motion is on) and a student sees names stay
// while IPs churn.
import type { World } from '../../sim/engine/world.ts';
import type { Motion } from '../../store/lab.ts';
import { dnsRecords, type DnsServiceView } from '../layout/dnsRecords.ts';
import '../picture/picture.css';
import '../picture/panels.css';
import type { DisplayLang } from '../../i18n/index.ts';
import { useViewT } from '../hooks/useViewLang.ts';
import type { T } from '../hooks/useT.ts';
import { Rich } from '../Rich.tsx';

export interface DnsPanelProps {
  world: World;
  motion?: Motion;
  /** Show only this Service (default: every headless Service). */
  service?: string;
  /** The language of its words (default: the lab's, or English outside a lab). */
  lang?: DisplayLang;
}

export function DnsPanel({ world, motion = 'full', service, lang }: DnsPanelProps) {
  const t = useViewT(lang);
  const views = dnsRecords(world).filter((v) => service === undefined || v.service === service);
  return (
    <section className="cp-panel cp-dns" data-motion={motion} aria-label={t('dns.title')} data-testid="dns.panel">
      {views.length === 0 && <p className="cp-panel-empty">{t('dns.noService')}</p>}
      {views.map((v) => (
        <ServiceDns key={v.service} view={v} t={t} />
      ))}
    </section>
  );
}

/**
 * `web-0.nginx` bold, `.default.svc.cluster.local` quiet: the part that changes stands out.
 * Lines break only after a dot, never inside a label such as `web-0`.
 */
function DnsName({ name, suffix }: { name: string; suffix: string }) {
  const short = name.endsWith(suffix) ? name.slice(0, name.length - suffix.length) : name;
  return (
    <span className="cp-dns-name">
      <strong>{labels(short)}</strong>
      <span className="cp-dns-suffix">{labels(name.slice(short.length))}</span>
    </span>
  );
}

function labels(text: string) {
  return text.split(/(?<=\.)/).map((part, i) => (
    <span key={i} className="cp-dns-label">
      {part}
      <wbr />
    </span>
  ));
}

function ServiceDns({ view: v, t }: { view: DnsServiceView; t: T }) {
  const suffix = `.${v.namespace}.svc.${v.fqdn.split('.svc.')[1] ?? 'cluster.local'}`;
  const id = `dns-${v.service}`;
  return (
    <div className="cp-dns-service" data-testid={`dns.${v.service}`}>
      <h3 id={id}>
        <Rich text={t('dns.forService')} parts={{ service: <code>{v.service}</code> }} />{' '}
        <span className="cp-dns-kind">{t('dns.headless')}</span>
      </h3>
      <table className="cp-dns-table" aria-labelledby={id}>
        <caption>{t('dns.aRecords')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dns.col.name')}</th>
            <th scope="col">A</th>
          </tr>
        </thead>
        <tbody>
          {v.podRecords.map((r) => (
            <tr key={`${r.name} ${r.ip}`} className="cp-dns-row">
              <td>
                <DnsName name={r.name} suffix={suffix} />
              </td>
              <td className="cp-dns-ip">{r.ip}</td>
            </tr>
          ))}
          {v.notReady.map((r) => (
            <tr key={`nr ${r.pod}`} className="cp-dns-missing">
              <td>
                <DnsName name={`${r.pod}.${v.fqdn}`} suffix={suffix} />
              </td>
              <td>
                <span aria-hidden="true">○ </span>NXDOMAIN ({t('dns.notReady')})
              </td>
            </tr>
          ))}
          {v.podRecords.length === 0 && v.notReady.length === 0 && (
            <tr>
              <td colSpan={2} className="cp-dns-none">
                {t('dns.noPods')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <table className="cp-dns-table cp-dns-srv" aria-label={t('dns.srvAnswer', { fqdn: v.fqdn })}>
        <caption>
          <code>dig SRV {v.fqdn}</code>
        </caption>
        <thead>
          <tr>
            <th scope="col" title={t('dns.col.priority')}>
              {t('dns.col.prio')}
            </th>
            <th scope="col">{t('dns.col.weight')}</th>
            <th scope="col">{t('dns.col.port')}</th>
            <th scope="col">{t('dns.col.target')}</th>
          </tr>
        </thead>
        <tbody>
          {v.srv.status === 'NXDOMAIN' ? (
            <tr className="cp-dns-nx">
              <td colSpan={4}>
                <span aria-hidden="true">⚠ </span>NXDOMAIN: {t('dns.nxdomain')}
              </td>
            </tr>
          ) : (
            v.srv.records.map((r) => (
              <tr key={`${r.target} ${r.port} ${r.weight} ${r.ip}`} className="cp-dns-row">
                <td>{r.priority}</td>
                <td>{r.weight}</td>
                <td>{r.port}</td>
                <td>
                  <DnsName name={r.target} suffix={`${suffix}.`} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <p className="cp-dns-note">
        TTL {v.ttl}s. {t('dns.shuffle')}
        {v.publishNotReady ? ` ${t('dns.publishNotReady')}` : ''}
      </p>
    </div>
  );
}
