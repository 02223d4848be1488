/**
 * The messages of the contracts' checks, keyed (error-texts/input.ts). zod keeps only a message on the
 * issue of a built-in check (min, max, regex, a type), so a message worded here is remembered with its
 * key and params: the router (validationError) finds the key of a refused field's message here and
 * passes it on in `details.fields`, and the window words it in its language. A custom issue
 * (`ctx.addIssue`) carries its key itself (`inputIssue`), as readDate's refusals do.
 */
import { fillErrorText, type ErrorParams } from '../rpc/error-texts/fill';
import { INPUT_TEXTS, type InputTextKey } from '../rpc/error-texts/input';
import { ERROR_WORDS } from '../rpc/error-texts/words';

export interface IssueKey {
  key: string;
  params: ErrorParams;
}

const byMessage = new Map<string, IssueKey>();

/** The Vietnamese text of `key` filled with `params`, remembered so that a refusal with this message is keyed. */
export function inputText(key: InputTextKey, params: ErrorParams = {}): string {
  const message = fillErrorText(INPUT_TEXTS[key].vi, params);
  if (!byMessage.has(message)) byMessage.set(message, { key, params });
  return message;
}

/**
 * A custom issue's message and its key (for `ctx.addIssue({ code: 'custom', path, ...keyedIssue(…) })`).
 * The message is remembered too: a form (react-hook-form) keeps only the message of a refusal, and
 * finds its key here. Refusals worded at check time (a date the clerk typed) add one entry each.
 */
export function keyedIssue(message: string, key: string, params: ErrorParams = {}): { message: string; params: IssueKey } {
  if (!byMessage.has(message)) byMessage.set(message, { key, params });
  return { message, params: { key, params } };
}

/** `keyedIssue` of a text of the input group. */
export function inputIssue(key: InputTextKey, params: ErrorParams = {}): { message: string; params: IssueKey } {
  return keyedIssue(fillErrorText(INPUT_TEXTS[key].vi, params), key, params);
}

/** The key and params of a message worded by `inputText`, if it was. */
export function keyOfInputText(message: string): IssueKey | undefined {
  return byMessage.get(message);
}

const unnamed = new Set<string>();

/**
 * The code of the word of `table` (words.ts) whose Vietnamese is `label` — a contract names a field, a
 * book, a role by its Vietnamese — or undefined, and then the label is listed by `unnamedWords` (a
 * test holds that list empty, so that no Vietnamese label reaches an English text).
 */
export function wordCodeOf(label: string, table: keyof typeof ERROR_WORDS): string | undefined {
  const code = Object.entries(ERROR_WORDS[table]).find(([, w]) => w.vi === label)?.[0];
  if (code === undefined) unnamed.add(`${table}: ${label}`);
  return code;
}

/** The same code, or the label itself when it has none (its Vietnamese text is the same either way). */
export function wordCode(label: string, table: keyof typeof ERROR_WORDS): string {
  return wordCodeOf(label, table) ?? label;
}

/** The `inputField` code of a field's Vietnamese label (wordCode). */
export function inputFieldCode(label: string): string {
  return wordCode(label, 'inputField');
}

/** The labels a contract declared without their word, as "table: label". */
export function unnamedWords(): string[] {
  return [...unnamed];
}
