/**
 * A book or report range as the clerk picks it: a month, a quarter, a year, two dates, or (a Party
 * body) a term (nhiệm kỳ), whose dates and series the main process reads.
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom' | 'term';

export interface Period {
  kind: PeriodKind;
  year: number;
  month: number;
  quarter: number;
  from?: string | undefined;
  to?: string | undefined;
  /** Id of the chosen term (kind 'term'). */
  term?: number | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** YYYY-MM-DD bounds of a period, or its term; null while a custom range or the term is not chosen. */
export function rangeOf(p: Period): { From: string; To: string } | { Term: number } | null {
  switch (p.kind) {
    case 'term':
      return p.term === undefined ? null : { Term: p.term };
    case 'month':
      return { From: `${p.year}-${pad(p.month)}-01`, To: `${p.year}-${pad(p.month)}-${pad(lastDay(p.year, p.month))}` };
    case 'quarter': {
      const m1 = (p.quarter - 1) * 3 + 1;
      return { From: `${p.year}-${pad(m1)}-01`, To: `${p.year}-${pad(m1 + 2)}-${pad(lastDay(p.year, m1 + 2))}` };
    }
    case 'year':
      return { From: `${p.year}-01-01`, To: `${p.year}-12-31` };
    default:
      return p.from && p.to ? { From: p.from, To: p.to } : null;
  }
}

/** The same period for books.report. */
export function reportInput(p: Period): { Year?: number; Term?: number; Month?: number; Quarter?: number; From?: string; To?: string } {
  if (p.kind === 'term') return p.term === undefined ? { Year: p.year } : { Term: p.term };
  if (p.kind === 'month') return { Year: p.year, Month: p.month };
  if (p.kind === 'quarter') return { Year: p.year, Quarter: p.quarter };
  if (p.kind === 'custom' && p.from && p.to) return { Year: Number(p.from.slice(0, 4)), From: p.from, To: p.to };
  return { Year: p.year };
}
