// The manifest panel: edit a live object's YAML (or a gallery example), review the apply's diff,
// apply it; pick an example from the gallery; import a real cluster's dump; export the sandbox.
// It is a non-modal drawer: the picture stays in view to watch an apply take effect.
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../hooks/useT.ts';
import { EditTab, type EditSource } from './EditTab.tsx';
import { GalleryTab } from './GalleryTab.tsx';
import { ImportTab } from './ImportTab.tsx';
import { ExportTab } from './ExportTab.tsx';
import './editor.css';

type View = 'edit' | 'gallery' | 'import' | 'export';
const VIEWS: readonly View[] = ['edit', 'gallery', 'import', 'export'];
const VIEW_KEYS = {
  edit: 'editor.view.edit',
  gallery: 'editor.view.gallery',
  import: 'editor.view.import',
  export: 'editor.view.export',
} as const;

export default function ManifestPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const id = useId();
  const [view, setView] = useState<View>('edit');
  const [source, setSource] = useState<EditSource>({ type: 'live' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The drawer starts below the page header, which stays usable (theme, language, this toggle).
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const header = document.querySelector('.app-header');
    if (!header) return;
    const measure = () => setTop(Math.round(header.getBoundingClientRect().bottom));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(header);
    return () => ro.disconnect();
  }, []);

  // Escape closes the panel, except inside the code editor (whose own Escape closes its search
  // and completion popups; Tab leaves the editor, then Escape closes).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (e.target instanceof Element && e.target.closest('.cm-editor')) return;
    e.preventDefault();
    onClose();
  };

  return (
    <aside
      className="manifest-panel"
      style={{ top }}
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      data-testid="editor.panel"
    >
      <div className="manifest-head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('editor.title')}
        </h2>
        <div className="segmented" role="group" aria-label={t('editor.views')}>
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              data-testid={`editor.view.${v}`}
            >
              {t(VIEW_KEYS[v])}
            </button>
          ))}
        </div>
        <button type="button" className="btn btn-small manifest-close" onClick={onClose} data-testid="editor.close">
          {t('editor.close')}
        </button>
      </div>
      <div className="manifest-body">
        {/* The editor stays mounted while another view shows, so unsaved edits survive a look at the gallery. */}
        <div className="manifest-view" hidden={view !== 'edit'}>
          <EditTab source={source} onSource={setSource} />
        </div>
        {view === 'gallery' && (
          <GalleryTab
            onPick={(id) => {
              setSource({ type: 'gallery', id });
              setView('edit');
            }}
          />
        )}
        {view === 'import' && <ImportTab />}
        {view === 'export' && <ExportTab />}
      </div>
    </aside>
  );
}
