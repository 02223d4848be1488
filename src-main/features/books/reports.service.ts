/**
 * Statistics of the register for a month, quarter, year or date range (Phụ lục VI.V asks the
 * System for reports on incoming and outgoing documents): totals, paper vs electronic, by type, by
 * urgency, by sender (incoming) or recipient (outgoing), and by month. Read-only over register_entry.
 */
import type { DirectionStats, Report, ReportPeriod } from '../../../src-shared/contracts/books.contract';
import { daysInMonth, foldVietnamese, formatDdMmYyyy, URGENCY_LABELS, URGENCY_LEVELS, type Urgency } from '../../../src-shared/domain';
import type { TermRef } from '../../../src-shared/contracts/agency.contract';
import type { RegisterRangesRepo } from '../register/register-ranges.repo';
import type { TermPeriod } from './book-term';

const ROMAN = ['I', 'II', 'III', 'IV'];
const TOP_ORGANS = 15;

export function periodOf(p: ReportPeriod, term?: TermPeriod): { from: string; to: string; label: string } {
  if (term) {
    const until = term.term.endDate ? `đến ngày ${formatDdMmYyyy(term.to)}` : `đến ngày ${formatDdMmYyyy(term.to)} (đang diễn ra)`;
    return { from: term.from, to: term.to, label: `Nhiệm kỳ ${term.term.name}, từ ngày ${formatDdMmYyyy(term.from)} ${until}` };
  }
  // The contract asks for a Year whenever no Term is given.
  const y = p.Year ?? 0;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (p.Month !== undefined) {
    return {
      from: `${y}-${pad(p.Month)}-01`,
      to: `${y}-${pad(p.Month)}-${pad(daysInMonth(y, p.Month))}`,
      label: `Tháng ${p.Month} năm ${y}`,
    };
  }
  if (p.Quarter !== undefined) {
    const m1 = (p.Quarter - 1) * 3 + 1;
    const m3 = m1 + 2;
    return { from: `${y}-${pad(m1)}-01`, to: `${y}-${pad(m3)}-${pad(daysInMonth(y, m3))}`, label: `Quý ${ROMAN[p.Quarter - 1]} năm ${y}` };
  }
  if (p.From && p.To) return { from: p.From, to: p.To, label: `Từ ngày ${formatDdMmYyyy(p.From)} đến ngày ${formatDdMmYyyy(p.To)}` };
  return { from: `${y}-01-01`, to: `${y}-12-31`, label: `Năm ${y}` };
}

export function createReportsService(deps: { ranges: RegisterRangesRepo; term: (ref: TermRef) => TermPeriod }) {
  const { ranges } = deps;

  function stats(direction: 'den' | 'di', from: string, to: string): DirectionStats {
    const totals = ranges.totals(direction, from, to);
    const byType = ranges.byType(direction, from, to).map((r) => ({ ...r }));
    const urg = new Map(ranges.byUrgency(direction, from, to).map((r) => [r.key, r.count]));
    const byUrgency = URGENCY_LEVELS.map((u: Urgency) => ({ key: u, label: URGENCY_LABELS[u], count: urg.get(u) ?? 0 }));

    const organs = new Map<string, { label: string; count: number }>();
    const add = (name: string) => {
      const key = foldVietnamese(name);
      if (!key) return;
      const o = organs.get(key);
      if (o) o.count++;
      else organs.set(key, { label: name, count: 1 });
    };
    if (direction === 'den') {
      for (const r of ranges.senders(from, to)) add(r.organ_name);
    } else {
      for (const r of ranges.recipientLists(from, to)) {
        for (const rec of JSON.parse(r.recipients) as { OrganName: string }[]) add(rec.OrganName);
      }
    }
    const sorted = [...organs.entries()]
      .map(([key, o]) => ({ key, label: o.label, count: o.count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
    const byOrgan = sorted.slice(0, TOP_ORGANS);
    const rest = sorted.slice(TOP_ORGANS).reduce((s, o) => s + o.count, 0);
    if (rest > 0) byOrgan.push({ key: '(khac)', label: `Khác (${sorted.length - TOP_ORGANS} cơ quan)`, count: rest });

    return {
      Total: totals.total,
      Cancelled: totals.cancelled ?? 0,
      Paper: totals.paper ?? 0,
      Electronic: totals.electronic ?? 0,
      ByType: byType,
      ByUrgency: byUrgency,
      ByOrgan: byOrgan,
    };
  }

  return {
    report(p: ReportPeriod): Report {
      const { from, to, label } = periodOf(p, p.Term === undefined ? undefined : deps.term(p.Term));
      const months = ranges.byMonth(from, to);
      const m1 = Number(from.slice(5, 7));
      const m2 = Number(to.slice(5, 7));
      const byMonth = [];
      // By month within one year; a term spanning years is reported as totals (months would mix years).
      const oneYear = from.slice(0, 4) === to.slice(0, 4);
      for (let m = m1; oneYear && m <= m2; m++) {
        const r = months.find((x) => x.month === m);
        byMonth.push({ Month: m, Incoming: r?.incoming ?? 0, Outgoing: r?.outgoing ?? 0 });
      }
      return { From: from, To: to, Label: label, Incoming: stats('den', from, to), Outgoing: stats('di', from, to), ByMonth: byMonth };
    },
  };
}
