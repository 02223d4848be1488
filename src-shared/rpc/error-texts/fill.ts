/**
 * Filling an error text and building a keyed error's data — apart from the catalog (index.ts), so
 * the window's start-up chunk can word its own few errors without carrying every feature's texts.
 */
import type { AppErrorData, ErrorKind } from '../errors';
import { ERROR_WORDS } from './words';

export type ErrorParams = Readonly<Record<string, string | number>>;

/** A `{{param}}` or `{{param:table}}` mark of a text (see words.ts). */
export const ERROR_MARK = /\{\{(\w+)(?::(\w+))?\}\}/g;

/**
 * Fills `{{name}}` marks from params, and `{{name:table}}` marks with the word of the param's code in
 * `lang` (its own marks filled from the same params; a comma-separated list of codes gives its words
 * joined by `", "`); a mark without a param stays as it is (visible, never blank).
 */
export function fillErrorText(template: string, params: ErrorParams = {}, lang: 'vi' | 'en' = 'vi'): string {
  return template.replace(ERROR_MARK, (mark, name: string, table: string | undefined) => {
    if (!(name in params)) return mark;
    const value = String(params[name]);
    if (table === undefined) return value;
    const words = (ERROR_WORDS as Readonly<Record<string, Readonly<Record<string, { vi: string; en: string }>>>>)[table] ?? {};
    const render = (code: string) => {
      const word = words[code];
      return word === undefined ? code : fillErrorText(word[lang], params, lang);
    };
    // A list of codes ("a,b"): each rendered, joined as `a", "b` (the text quotes the whole list).
    return value in words || !value.includes(',') ? render(value) : value.split(',').map(render).join('", "');
  });
}

/** The data of the error of a catalog entry: its kind, its Vietnamese text filled with `params`, its key. */
export function keyedErrorData(
  code: string,
  entry: { readonly kind: ErrorKind; readonly vi: string },
  params?: ErrorParams,
  details?: Record<string, unknown>,
): AppErrorData {
  const data: AppErrorData = { kind: entry.kind, message: fillErrorText(entry.vi, params), code };
  if (params !== undefined) data.params = params;
  if (details !== undefined) data.details = details;
  return data;
}
