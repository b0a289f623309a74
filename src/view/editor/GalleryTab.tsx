// The example gallery: each entry a click away (it opens in the editor, ready to review and
// apply), with its one-line explanation in the page's language.
import { GALLERY, galleryText } from '../../manifests/gallery.ts';
import { useLabState } from '../hooks/lab.ts';
import { useT } from '../hooks/useT.ts';

const ORIGIN_KEYS = {
  tutorial: 'editor.gallery.origin.tutorial',
  book: 'editor.gallery.origin.book',
  lab: 'editor.gallery.origin.lab',
} as const;

export function GalleryTab({ onPick }: { onPick: (id: string) => void }) {
  const t = useT();
  const lang = useLabState((s) => s.lang);
  return (
    <div className="gallery-tab">
      <p className="edit-help">{t('editor.gallery.intro')}</p>
      <ul className="gallery-list" data-testid="editor.gallery">
        {GALLERY.map((e) => {
          const text = galleryText(e, lang);
          return (
            <li key={e.id}>
              <button
                type="button"
                className="gallery-item"
                onClick={() => onPick(e.id)}
                data-testid={`gallery.${e.id}`}
              >
                <span className="gallery-title">{text.title}</span>
                <span className="gallery-origin">
                  {t(ORIGIN_KEYS[e.origin])} · <code>{e.file}</code>
                </span>
                <span className="gallery-summary">{text.summary}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
