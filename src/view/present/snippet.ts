// The embed dialog's two lines of HTML: an iframe opening the lab at the current lesson step (or
// on exactly this sandbox, through a share link) in embed mode.
import type { Classroom } from '../../embed/classroom.ts';
import { t, type Lang } from '../../i18n/index.ts';
import type { Lab } from '../../store/lab.ts';

/** This page's address without query or hash: the lab works from any sub-path. */
export function pageBase(): string {
  return `${location.origin}${location.pathname}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export async function embedSnippet(
  classroom: Classroom,
  lab: Lab,
  lang: Lang,
  base = pageBase(),
): Promise<{ text: string; where: string }> {
  const p = classroom.stepper.current();
  let src: string;
  let where: string;
  if (classroom.stepper.kind === 'lesson' && p.lesson !== undefined) {
    src = `${base}?embed=1&lesson=${encodeURIComponent(p.lesson)}&step=${p.step + 1}&lang=${lang}`;
    where = t(lang, 'classroom.embed.whereLesson', { lesson: p.lesson, step: p.step + 1 });
  } else {
    const shared = await classroom.shareUrl(base);
    const [query, hash] = shared.split('#');
    src = `${query}&embed=1&preset=${lab.store.getState().preset}${hash ? `#${hash}` : ''}`;
    where = t(lang, 'classroom.embed.whereSandbox');
  }
  const text =
    `<iframe src="${escapeAttr(src)}" title="StatefulSet Lab" loading="lazy"\n` +
    `  style="width:100%;height:640px;border:0" allow="fullscreen; clipboard-write"></iframe>`;
  return { text, where };
}
