/** Checks on text read back from a PDF or a page, the same in Vitest and Playwright. */

/** The text without its white space: pdftotext wraps table cells where the layout does. */
export const flat = (s: string) => s.replace(/\s+/g, '');

/** The parts `text` does not contain: `expect(missingFrom(text, parts)).toEqual([])` names every missing part at once. */
export function missingFrom(text: string, parts: readonly string[]): string[] {
  return parts.filter((p) => !text.includes(p));
}

/** missingFrom with white space ignored on both sides (see flat). */
export function missingFromFlat(text: string, parts: readonly string[]): string[] {
  const t = flat(text);
  return parts.filter((p) => !t.includes(flat(p)));
}
