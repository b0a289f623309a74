// The shape of a string table. Keys come from the English table (the source of truth), so a key
// missing from another locale — or one it has that English lacks — is a type error there.
import type { en } from './en.ts';
import type { enCourse } from './en-course.ts';

/** Every message key, as typed by the English tables: the shell's and the course's. */
export type MessageKey = keyof typeof en | keyof typeof enCourse;

/** A complete string table for one locale. */
export type Messages = { readonly [K in MessageKey]: string };

/**
 * A locale's translation of one part of the English table: exactly the same keys, any text.
 * @example export const zhUi: Translation<typeof enUi> = { 'ui.lesson.next': '下一步', … };
 */
export type Translation<T> = { readonly [K in keyof T]: string };

/** Locales the course ships in. */
export type Lang = 'en' | 'zh-CN';

/** `pseudo` renders every message as `[[key]]`, for tests that check no text is hard-coded. */
export type DisplayLang = Lang | 'pseudo';

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];
