// The example gallery as typed data (entries live in src/examples/gallery/): what each example is,
// a one-line explanation in every supported language, its manifest, the sandbox it is meant for,
// and what applying it there does. Tests hold every entry to its declared outcome.
import type { Mode, StorageModel } from '../sim/engine/world.ts';
import { GALLERY_ENTRIES } from '../examples/gallery/index.ts';

export const GALLERY_LOCALES = ['en', 'zh-CN'] as const;
export type GalleryLocale = (typeof GALLERY_LOCALES)[number];

export type GalleryText = Readonly<Record<GalleryLocale, string>>;

export type GalleryOutcome =
  /** Applies cleanly; once the cluster settles these pods run Ready and these claims are Bound. */
  | { kind: 'applies'; pods: readonly string[]; claims: readonly string[] }
  /** Refused as a whole; `error` is exactly what `kubectl apply -f <file>` prints. */
  | { kind: 'rejected'; error: string };

export interface GalleryEntry {
  id: string;
  /** The file name it is applied as (`kubectl apply -f <file>`), which error messages name. */
  file: string;
  /** Where it comes from: the StatefulSet Basics tutorial, Kubernetes in Action, or the lab. */
  origin: 'tutorial' | 'book' | 'lab';
  title: GalleryText;
  /** One line saying what the example shows. */
  summary: GalleryText;
  yaml: string;
  /** The sandbox it is meant for (`--storage`, `--mode`). */
  world: { storage: StorageModel; mode: Mode };
  outcome: GalleryOutcome;
}

export const GALLERY: readonly GalleryEntry[] = GALLERY_ENTRIES;

export function galleryEntry(id: string): GalleryEntry | undefined {
  return GALLERY.find((e) => e.id === id);
}

/** The entry's title and summary in `locale`, falling back to English. */
export function galleryText(entry: GalleryEntry, locale: string): { title: string; summary: string } {
  const l: GalleryLocale = (GALLERY_LOCALES as readonly string[]).includes(locale) ? (locale as GalleryLocale) : 'en';
  return { title: entry.title[l], summary: entry.summary[l] };
}
