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

/** A custom issue's message and its key (for `ctx.addIssue({ code: 'custom', path, ...inputIssue(key, params) })`). */
export function inputIssue(key: InputTextKey, params: ErrorParams = {}): { message: string; params: IssueKey } {
  return { message: fillErrorText(INPUT_TEXTS[key].vi, params), params: { key, params } };
}

/** The key and params of a message worded by `inputText`, if it was. */
export function keyOfInputText(message: string): IssueKey | undefined {
  return byMessage.get(message);
}

const unnamed = new Set<string>();

/**
 * The `inputField` code of a field's Vietnamese label; a label missing from that table stands for
 * itself (the Vietnamese text is the same either way) and is listed by `unnamedInputFields` (a test
 * holds that list empty).
 */
export function inputFieldCode(label: string): string {
  const code = Object.entries(ERROR_WORDS.inputField).find(([, w]) => w.vi === label)?.[0];
  if (code === undefined) unnamed.add(label);
  return code ?? label;
}

/** The labels declared by a contract without a word in the `inputField` table. */
export function unnamedInputFields(): string[] {
  return [...unnamed];
}
