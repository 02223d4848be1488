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

/**
 * The params of a text that wraps another keyed text (errorAround, domainErrAround): its own `params`,
 * `inner` naming the wrapped text's key, and each of the wrapped text's params under `inner.` — so a
 * wrapped text that itself wraps one keeps its chain (`inner.inner`, `inner.inner.…`), and a param of
 * the same name at two levels (two file names) keeps both. `innerParams` reads them back.
 */
export function wrapParams(innerCode: string, innerParams: ErrorParams = {}, params: ErrorParams = {}): ErrorParams {
  const wrapped = Object.fromEntries(Object.entries(innerParams).map(([k, v]) => [`inner.${k}`, v]));
  return { ...params, ...wrapped, inner: innerCode };
}

/**
 * The params of the text a wrapping text's `inner` names: its `inner.`-prefixed params, or (data
 * written before they were prefixed, and hand-built flags that merge them) all but `inner` itself.
 */
export function innerParams(params: ErrorParams): ErrorParams {
  const prefixed = Object.entries(params).filter(([k]) => k.startsWith('inner.'));
  if (prefixed.length > 0) return Object.fromEntries(prefixed.map(([k, v]) => [k.slice('inner.'.length), v]));
  return Object.fromEntries(Object.entries(params).filter(([k]) => k !== 'inner'));
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

/** A text that may be keyed: its Vietnamese message, and its catalog key and params when it has one. */
export interface KeyedText {
  message: string;
  code?: string;
  params?: ErrorParams;
}

/** One row of an imported file and why it is refused: its number, the column when one is to blame, its reasons. */
export interface RowRefusal {
  row: number;
  /** The column's letter and its heading in the file (the file's own words). */
  column?: string;
  header?: string;
  reasons: KeyedText[];
}

/**
 * The rows an import refuses, as one param of an error's text (`details.rowList`): each row is the
 * text of `prefix` (or `columnPrefix` when the row names a column; marks `row`, `column`, `header`,
 * `reasons`) with its reasons joined by a space, the rows joined by `separator`, and `separator` + "…"
 * when more rows were refused than listed. The main process fills the param in Vietnamese; the window
 * fills it again in its language from the same list (src-renderer/i18n/error-text.ts).
 */
export interface RowList {
  param: string;
  prefix: string;
  columnPrefix?: string;
  separator: string;
  items: RowRefusal[];
  more: boolean;
}

/** The text of a row list: `template(key)` gives a prefix key's text, `text(reason)` a reason's, in one language. */
export function fillRowList(
  list: RowList,
  template: (code: string) => string,
  text: (reason: KeyedText) => string,
  lang: 'vi' | 'en' = 'vi',
): string {
  const rows = list.items.map((item) => {
    const code = item.column !== undefined && list.columnPrefix !== undefined ? list.columnPrefix : list.prefix;
    const params: Record<string, string | number> = { row: item.row, reasons: item.reasons.map(text).join(' ') };
    if (item.column !== undefined) params.column = item.column;
    if (item.header !== undefined) params.header = item.header;
    return fillErrorText(template(code), params, lang);
  });
  return rows.join(list.separator) + (list.more ? `${list.separator}…` : '');
}

/** Whether a value is a row list (what `details.rowList` of an error holds). */
export function isRowList(value: unknown): value is RowList {
  const v = value as Partial<RowList> | null;
  return typeof v === 'object' && v !== null && typeof v.param === 'string' && typeof v.prefix === 'string' && Array.isArray(v.items);
}

/** One field an operation's schema refused (router.ts validationError, `details.fields`): keyed when its check is. */
export interface FieldIssue extends KeyedText {
  field: string;
}

/** The one-sentence summary of refused fields: "field: text" joined by "; " (`text` words each in one language). */
export function fillFieldSummary(fields: readonly FieldIssue[], text: (issue: FieldIssue) => string): string {
  return fields
    .map((f) => {
      const m = text(f).replace(/[.。]\s*$/, '');
      return f.field === '(toàn bộ)' ? m : `${f.field}: ${m}`;
    })
    .join('; ');
}
