import { lazy, Suspense, useEffect, useState } from 'react';
import { ClusterPicture } from '../view/picture/ClusterPicture.tsx';
import { LabContext, useLab, useLabState, useWorld } from '../view/hooks/lab.ts';
import { usePlaybackLoop } from '../view/hooks/usePlaybackLoop.ts';
import { useShortcuts } from '../view/hooks/useShortcuts.ts';
import { useWatchRecorder } from '../view/hooks/useWatchRecorder.ts';
import { Inspector } from '../view/inspector/Inspector.tsx';
import { LiveRegions } from '../view/LiveRegions.tsx';
import { Reasoning } from '../view/panels/Reasoning.tsx';
import { EventStream } from '../view/panels/EventStream.tsx';
import { Terminal } from '../view/terminal/Terminal.tsx';
import { TimeBar } from '../view/time/TimeBar.tsx';
import { useSkip } from '../view/hooks/useSkip.ts';
import type { PictureFilter } from '../view/layout/scene.ts';
import { CourseInvite } from '../view/lesson/CourseInvite.tsx';
import { CourseMenu, CourseProvider, LessonSide } from '../view/lesson/CourseProvider.tsx';
import { useLessonHighlights } from '../view/lesson/context.ts';
import { course } from './course.ts';
import { Header } from './Header.tsx';

// The DNS tab and the side-by-side bar show only when asked for: chunks of their own.
const DnsPanel = lazy(() => import('../view/panels/DnsPanel.tsx').then((m) => ({ default: m.DnsPanel })));
const SideBySideBar = lazy(() => import('../view/panels/SideBySide.tsx').then((m) => ({ default: m.SideBySideBar })));
// The table view is a text alternative most readers never open: a chunk of its own.
const ClusterTable = lazy(() => import('../view/panels/ClusterTable.tsx').then((m) => ({ default: m.ClusterTable })));
import { lab } from './lab.ts';
import type { MessageKey } from '../i18n/index.ts';
import { useT } from '../view/hooks/useT.ts';
import { classroom } from '../embed/page.ts';
import { ClassroomRoot } from '../view/present/ClassroomRoot.tsx';
import { usePresenterKeys } from '../view/present/usePresenterKeys.ts';

const HALVES: { filter: PictureFilter; title: MessageKey }[] = [
  { filter: 'ReplicaSet', title: 'app.half.replicaSet' },
  { filter: 'StatefulSet', title: 'app.half.statefulSet' },
];

/** The picture (or its table), whole or as the two halves of the side-by-side mode. */
function Stage() {
  const lab = useLab();
  const world = useWorld();
  const selection = useLabState((s) => s.selection);
  const motion = useLabState((s) => s.motion);
  const tableView = useLabState((s) => s.tableView);
  const sideBySide = useLabState((s) => s.sideBySide);
  const cursor = useLabState((s) => s.cursor);
  const t = useT();
  const highlight = useLessonHighlights();
  const entries = lab.timeline().entries;
  const view = (filter: PictureFilter, title?: string) =>
    tableView ? (
      <Suspense fallback={<p className="hint">…</p>}>
        <ClusterTable filter={filter} {...(title ? { caption: title } : {})} />
      </Suspense>
    ) : (
      <ClusterPicture
        world={world}
        selection={selection}
        onSelect={lab.select}
        motion={motion}
        filter={filter}
        entries={entries}
        cursor={cursor}
        {...(highlight ? { highlight } : {})}
        {...(title ? { label: title } : {})}
      />
    );
  if (!sideBySide) return <div className={`stage-view${tableView ? ' is-table' : ''}`}>{view('all')}</div>;
  return (
    <div className={`stage-halves${tableView ? ' is-table' : ''}`}>
      {HALVES.map((h) => (
        <div key={h.filter} className="stage-half" data-testid={`half.${h.filter}`}>
          <h3 className="half-title">{t(h.title)}</h3>
          <div className="stage-view">{view(h.filter, tableView ? undefined : t(h.title))}</div>
        </div>
      ))}
    </div>
  );
}

function ReasoningBox() {
  const lab = useLab();
  const world = useWorld();
  return <Reasoning world={world} onSelect={lab.select} />;
}

function DnsBox() {
  const world = useWorld();
  const motion = useLabState((s) => s.motion);
  return (
    <Suspense fallback={<p className="hint">…</p>}>
      <DnsPanel world={world} motion={motion} />
    </Suspense>
  );
}

/**
 * The inspector and the event stream. On short screens (a 1024×600 projector) they take turns,
 * with a switch on top, so the picture keeps the whole height of the page; selecting an object
 * brings the inspector back.
 */
function Sidebar() {
  const selection = useLabState((s) => s.selection);
  const t = useT();
  const [show, setShow] = useState<'inspector' | 'stream'>('inspector');
  const [lastSelection, setLastSelection] = useState(selection);
  if (selection !== lastSelection) {
    setLastSelection(selection);
    if (selection) setShow('inspector');
  }
  return (
    <aside className="sidebar" aria-label={t('app.sidebar')} data-show={show}>
      <div className="segmented sidebar-switch" role="group" aria-label={t('app.sidebar.show')}>
        <button type="button" aria-pressed={show === 'inspector'} onClick={() => setShow('inspector')}>
          {t('app.sidebar.inspector')}
        </button>
        <button
          type="button"
          aria-pressed={show === 'stream'}
          onClick={() => setShow('stream')}
          data-testid="sidebar.stream"
        >
          {t('app.sidebar.stream')}
        </button>
      </div>
      <Inspector />
      <EventStream dns={<DnsBox />} />
    </aside>
  );
}

function Shell() {
  const lab = useLab();
  const theme = useLabState((s) => s.theme);
  const lang = useLabState((s) => s.lang);
  const sideBySide = useLabState((s) => s.sideBySide);
  const skip = useSkip();
  const t = useT();
  usePlaybackLoop(lab);
  useShortcuts(lab, skip, usePresenterKeys());
  useWatchRecorder(lab);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
    document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  return (
    <div className="app">
      <a className="skip-link" href="#terminal-input">
        {t('app.skipToTerminal')}
      </a>
      <Header />
      <CourseInvite />
      <TimeBar />
      <main className="app-main">
        <section className="stage panel" aria-labelledby="stage-heading">
          <h2 id="stage-heading" className="sr-only">
            {t('app.cluster')}
          </h2>
          {sideBySide && (
            <Suspense fallback={null}>
              <SideBySideBar />
            </Suspense>
          )}
          <Stage />
          <div className="reasoning" data-testid="reasoning">
            <ReasoningBox />
          </div>
        </section>
        <LessonSide sandbox={<Sidebar />} />
        <Terminal />
      </main>
      <LiveRegions />
      <CourseMenu />
    </div>
  );
}

export function App() {
  return (
    <LabContext value={lab}>
      <ClassroomRoot classroom={classroom}>
        <CourseProvider course={course}>
          <Shell />
        </CourseProvider>
      </ClassroomRoot>
    </LabContext>
  );
}
