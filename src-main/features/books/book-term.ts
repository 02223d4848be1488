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
import { AppError } from '../../../src-shared/rpc/errors';

type PrintInput = ParsedInputOf<typeof booksPrint>;

export interface TermPeriod {
  term: PartyTerm;
  from: string;
  to: string;
}

export function termRange(input: PrintInput, t: TermPeriod): TermPeriod & { series: string | undefined } {
  if (input.Volume !== undefined && !input.Lock) {
    throw new AppError(
      'Validation',
      'In lại quyển đã khóa theo năm và quyển số (Year, Volume); bỏ nhiệm kỳ (Term). Danh sách quyển: "vanthu volumes --term …".',
      { field: 'Term' },
    );
  }
  const outside = (d: string | null | undefined) => d != null && (d < t.from || d > t.to);
  if (outside(input.From) || outside(input.To)) {
    throw new AppError(
      'Validation',
      `Khoảng ngày ${formatDdMmYyyy(input.From!)} – ${formatDdMmYyyy(input.To!)} nằm ngoài nhiệm kỳ "${t.term.name}" (${formatDdMmYyyy(t.from)} – ${t.term.endDate ? formatDdMmYyyy(t.to) : 'nay'}).`,
      { field: 'From' },
    );
  }
  const from = input.From ?? t.from;
  const to = input.To ?? t.to;
  if (input.Lock && from.slice(0, 4) !== to.slice(0, 4)) {
    throw new AppError(
      'Validation',
      `Nhiệm kỳ "${t.term.name}" kéo dài qua nhiều năm (${formatDdMmYyyy(from)} – ${formatDdMmYyyy(to)}); quyển sổ được khóa theo từng năm. Hãy khóa với khoảng ngày trong một năm của nhiệm kỳ (From, To).`,
      { field: 'Term' },
    );
  }
  const series = input.Series && input.Direction === 'di' && !input.Series.includes('@') ? `${input.Series}@k${t.term.id}` : input.Series;
  return { term: t.term, from, to, series };
}
