/**
 * A book asked for by a Party body's term instead of a year: the book covers the term's dates (or
 * the dates given, which must lie inside it) and, outgoing, only the term's series
 * ("<type>@k<termId>"). A locked volume stays inside one calendar year (quyển số count per year),
 * so locking a term that spans years is refused with what to do instead.
 */
import type { PartyTerm } from '../../../src-shared/contracts/agency.contract';
import type { booksPrint } from '../../../src-shared/contracts/books.contract';
import { formatDdMmYyyy } from '../../../src-shared/domain';
import type { ParsedInputOf } from '../../../src-shared/rpc/define';
import { appError } from '../../../src-shared/rpc/errors';

type PrintInput = ParsedInputOf<typeof booksPrint>;

export interface TermPeriod {
  term: PartyTerm;
  from: string;
  to: string;
}

export function termRange(input: PrintInput, t: TermPeriod): TermPeriod & { series: string | undefined } {
  if (input.Volume !== undefined && !input.Lock) {
    throw appError('books.reprintByVolume', undefined, { field: 'Term' });
  }
  const outside = (d: string | null | undefined) => d != null && (d < t.from || d > t.to);
  if (outside(input.From) || outside(input.To)) {
    const params = {
      from: formatDdMmYyyy(input.From!),
      to: formatDdMmYyyy(input.To!),
      term: t.term.name,
      termFrom: formatDdMmYyyy(t.from),
    };
    throw t.term.endDate
      ? appError('books.rangeOutsideTerm', { ...params, termTo: formatDdMmYyyy(t.to) }, { field: 'From' })
      : appError('books.rangeOutsideOpenTerm', params, { field: 'From' });
  }
  const from = input.From ?? t.from;
  const to = input.To ?? t.to;
  if (input.Lock && from.slice(0, 4) !== to.slice(0, 4)) {
    throw appError('books.termSpansYears', { term: t.term.name, from: formatDdMmYyyy(from), to: formatDdMmYyyy(to) }, { field: 'Term' });
  }
  const series = input.Series && input.Direction === 'di' && !input.Series.includes('@') ? `${input.Series}@k${t.term.id}` : input.Series;
  return { term: t.term, from, to, series };
}
