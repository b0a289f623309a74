import { ClockControl } from './ClockControl.tsx';
import { ClusterPanel } from './ClusterPanel.tsx';
import { Terminal } from './Terminal.tsx';
import { useAppStore } from './useAppStore.ts';

/** Polite live region: screen readers hear each command's result once. */
function Announcer() {
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );
}

export function App() {
  return (
    <>
      <header className="app-header">
        <h1>StatefulSet Lab</h1>
        <ClockControl />
      </header>
      <main className="app-main">
        <Terminal />
        <ClusterPanel />
        <Announcer />
      </main>
    </>
  );
}
