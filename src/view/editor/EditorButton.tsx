// The header's "Manifests" button and its shortcut (E). The panel, and CodeMirror with it, is a
// chunk of its own fetched by `import()` the first time it opens, so the first page load stays small.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../hooks/useT.ts';

const ManifestPanel = lazy(() => import('./ManifestPanel.tsx'));

/** Keys typed here stay theirs (text entry, the editor itself, widgets with their own keys). */
const OWN_KEYS = 'input, textarea, select, [contenteditable="true"], [role="slider"]';

export function EditorButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.key !== 'e' && e.key !== 'E') return;
      if (e.target instanceof Element && e.target.closest(OWN_KEYS)) return;
      e.preventDefault();
      setOpen((o) => !o);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="toggle"
        aria-expanded={open}
        aria-keyshortcuts="E"
        onClick={() => setOpen(!open)}
        data-testid="editor.open"
      >
        {t('editor.open')}
      </button>
      {open &&
        createPortal(
          <Suspense
            fallback={
              <div className="manifest-panel is-loading" role="status">
                {t('editor.loading')}
              </div>
            }
          >
            <ManifestPanel onClose={close} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
