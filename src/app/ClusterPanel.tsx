import { formatClock } from './store.ts';
import { useAppStore } from './useAppStore.ts';

/** Plain-text view of the cluster: the output of read-only `kubectl get` commands. */
export function ClusterPanel() {
  const cluster = useAppStore((s) => s.cluster);
  const now = useAppStore((s) => s.now);
  return (
    <section className="panel cluster" aria-labelledby="cluster-heading">
      <h2 id="cluster-heading">
        Cluster <span className="cluster-at">at {formatClock(now)}</span>
      </h2>
      <div className="cluster-view" data-testid="cluster.view" role="region" aria-label="Cluster state" tabIndex={0}>
        {cluster.map((section) => (
          <div key={section.command} className="cluster-section">
            <h3>
              {section.title} <code className="cluster-command">{section.command}</code>
            </h3>
            <pre className={section.failed ? 'cluster-output failed' : 'cluster-output'}>
              {section.output || 'No resources found.'}
            </pre>
          </div>
        ))}
      </div>
    </section>
  );
}
