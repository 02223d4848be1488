import i18next from 'i18next';
import {
  fillErrorText,
  fillFieldSummary,
  fillRowList,
  innerParams,
  isRowList,
  type FieldIssue,
} from '../../src-shared/rpc/error-texts/fill';
import type { AppErrorData } from '../../src-shared/rpc/errors';
import { keyOfInputText } from '../../src-shared/contracts/input-text';

/**
 * The English catalog (errors.en.ts and errors-en/): its own chunk, fetched with the rest of the
 * English side when English is chosen (loadEnglish in ./index.ts). Until then `errorText` shows the
 * Vietnamese message the error carries — which is what Vietnamese mode shows anyway.
 */
let errorsEn: Readonly<Record<string, string>> | undefined;
let loading: Promise<void> | undefined;
export function loadEnglishErrors(): Promise<void> {
  return (loading ??= import('./errors.en').then((m) => {
    errorsEn = m.errorsEn;
  }));
}

type Lang = 'vi' | 'en';

/** The English text of a key, with `inner` (a wrapped error's key, its params under `inner.`) resolved first; undefined if unknown. */
function english(code: string, params: Readonly<Record<string, string | number>>): string | undefined {
  const template = errorsEn?.[code];
  if (template === undefined) return undefined;
  const innerCode = params.inner;
  if (typeof innerCode !== 'string') return fillErrorText(template, params, 'en');
  const inner = english(innerCode, innerParams(params));
  return inner === undefined ? undefined : fillErrorText(template, { ...params, inner }, 'en');
}

/**
 * What the clerk reads for a main-process error, in the window's language: the text of its key, or
 * the Vietnamese message it carries (Vietnamese mode, an error without a key, a key without English).
 */
export function errorText(data: Pick<AppErrorData, 'message' | 'code' | 'params' | 'details'>, lang: Lang = currentLanguage()): string {
  if (lang === 'vi' || data.code === undefined) return data.message;
  const list = data.details?.rowList;
  const fields = data.details?.fields;
  if (data.code === 'rpc.invalidInput' && Array.isArray(fields)) {
    // A schema's refusal (router.ts validationError): each field's text by its key where it has one.
    const summary = fillFieldSummary(fields as FieldIssue[], (f) => errorText(f, 'en'));
    return english(data.code, { ...data.params, summary }) ?? data.message;
  }
  if (!isRowList(list)) return english(data.code, data.params ?? {}) ?? data.message;
  // The rows an import refused (errors.ts rowListError): each row and each of its reasons by its key.
  const rows = fillRowList(
    list,
    (code) => errorsEn?.[code] ?? code,
    (reason) => errorText(reason, 'en'),
    'en',
  );
  return english(data.code, { ...data.params, [list.param]: rows }) ?? data.message;
}

/**
 * What the clerk reads for a form field's refusal by a contract's schema (react-hook-form keeps only
 * the message): the text of its key in the window's language when a contract worded it from one
 * (contracts/input-text.ts), else the message as it is.
 */
export function inputErrorText(message: string, lang: Lang = currentLanguage()): string {
  const keyed = keyOfInputText(message);
  return keyed === undefined ? message : errorText({ message, code: keyed.key, params: keyed.params }, lang);
}

function currentLanguage(): Lang {
  return i18next.language === 'en' ? 'en' : 'vi';
}
