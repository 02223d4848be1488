/** A book or report range as the clerk picks it: a month, a quarter, a year or two dates. */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

export interface Period {
  kind: PeriodKind;
  year: number;
  month: number;
  quarter: number;
  from?: string | undefined;
  to?: string | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** YYYY-MM-DD bounds of a period; null while a custom range is incomplete. */
export function rangeOf(p: Period): { From: string; To: string } | null {
  switch (p.kind) {
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
export function reportInput(p: Period): { Year: number; Month?: number; Quarter?: number; From?: string; To?: string } {
  if (p.kind === 'month') return { Year: p.year, Month: p.month };
  if (p.kind === 'quarter') return { Year: p.year, Quarter: p.quarter };
  if (p.kind === 'custom' && p.from && p.to) return { Year: Number(p.from.slice(0, 4)), From: p.from, To: p.to };
  return { Year: p.year };
}
