/** Why a PDF could not be shown, in terms the clerk's message can be chosen by. */
export type PdfProblem =
  | { kind: 'invalid' | 'password' | 'engine' | 'other'; detail: string }
  | { kind: 'missing'; status: number; detail: string }
  | { kind: 'render'; page: number; detail: string };

const text = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** pdf.js names its exceptions; the loader's failure (the chunk or the worker) is the 'engine'. */
export function classifyPdfError(err: unknown, stage: 'engine' | 'open' | 'render', page = 1): PdfProblem {
  const detail = text(err);
  if (stage === 'engine') return { kind: 'engine', detail };
  const name = err instanceof Error || (typeof err === 'object' && err !== null) ? String((err as { name?: unknown }).name ?? '') : '';
  if (name === 'InvalidPDFException' || name === 'FormatError') return { kind: 'invalid', detail };
  if (name === 'PasswordException') return { kind: 'password', detail };
  if (name === 'ResponseException' || name === 'MissingPDFException' || name === 'UnexpectedResponseException') {
    const status = Number((err as { status?: unknown }).status);
    return { kind: 'missing', status: Number.isFinite(status) ? status : 0, detail };
  }
  if (stage === 'render') return { kind: 'render', page, detail };
  return { kind: 'other', detail };
}

/** pdf.js rejects a render it was told to cancel (page flipped, component gone): not a failure. */
export function isCancelledRender(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'RenderingCancelledException';
}
