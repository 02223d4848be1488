import { describe, expect, it } from 'vitest';
import { classifyPdfError, isCancelledRender } from './pdf-problem';

// pdf.js's exceptions are plain objects with a name once they cross from its worker.
const named = (name: string, message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), { name, ...extra });

describe('classifyPdfError', () => {
  it('tells a damaged file, a password, a missing file and a failed engine apart', () => {
    expect(classifyPdfError(named('InvalidPDFException', 'Invalid PDF structure.'), 'open')).toEqual({
      kind: 'invalid',
      detail: 'Invalid PDF structure.',
    });
    expect(classifyPdfError(named('PasswordException', 'No password given'), 'open').kind).toBe('password');
    expect(
      classifyPdfError(named('ResponseException', 'Unexpected server response (404)', { status: 404, missing: true }), 'open'),
    ).toEqual({ kind: 'missing', status: 404, detail: 'Unexpected server response (404)' });
    expect(classifyPdfError(new TypeError('Failed to fetch dynamically imported module: /assets/pdf.js'), 'engine').kind).toBe('engine');
  });

  it('names the page a render failed on, and keeps unknown errors with their own words', () => {
    expect(classifyPdfError(new Error('bad XObject'), 'render', 3)).toEqual({ kind: 'render', page: 3, detail: 'bad XObject' });
    expect(classifyPdfError('worker gone', 'open')).toEqual({ kind: 'other', detail: 'worker gone' });
  });

  it('treats a cancelled render as no failure', () => {
    expect(isCancelledRender(named('RenderingCancelledException', 'Rendering cancelled, page 1'))).toBe(true);
    expect(isCancelledRender(new Error('Rendering cancelled'))).toBe(false);
  });
});
