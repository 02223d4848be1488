/**
 * Statistics of the register for a month, quarter, year or date range (Phụ lục VI.V asks the
 * System for reports on incoming and outgoing documents): totals, paper vs electronic, by type, by
 * urgency, by sender (incoming) or recipient (outgoing), and by month. Read-only over register_entry.
 */
import type { DirectionStats, Report, ReportPeriod } from '../../../src-shared/contracts/books.contract';
import { daysInMonth, foldVietnamese, formatDdMmYyyy, URGENCY_LABELS, URGENCY_LEVELS, type Urgency } from '../../../src-shared/domain';
import type { Sqlite } from '../../db/open';

const ROMAN = ['I', 'II', 'III', 'IV'];
const TOP_ORGANS = 15;

export function periodOf(p: ReportPeriod): { from: string; to: string; label: string } {
  const y = p.Year;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (p.Month !== undefined) {
    return { from: `${y}-${pad(p.Month)}-01`, to: `${y}-${pad(p.Month)}-${pad(daysInMonth(y, p.Month))}`, label: `Tháng ${p.Month} năm ${y}` };
  }
  if (p.Quarter !== undefined) {
    const m1 = (p.Quarter - 1) * 3 + 1;
    const m3 = m1 + 2;
    return { from: `${y}-${pad(m1)}-01`, to: `${y}-${pad(m3)}-${pad(daysInMonth(y, m3))}`, label: `Quý ${ROMAN[p.Quarter - 1]} năm ${y}` };
  }
  if (p.From && p.To) return { from: p.From, to: p.To, label: `Từ ngày ${formatDdMmYyyy(p.From)} đến ngày ${formatDdMmYyyy(p.To)}` };
  return { from: `${y}-01-01`, to: `${y}-12-31`, label: `Năm ${y}` };
}

export function createReportsService(deps: { sqlite: Sqlite }) {
  const q = (sql: string) => deps.sqlite.prepare(sql);
  const WHERE = 'direction = @direction AND reg_date >= @from AND reg_date <= @to';

  function stats(direction: 'den' | 'di', from: string, to: string): DirectionStats {
    const p = { direction, from, to };
    const totals = q(
      `SELECT COUNT(*) AS total, SUM(status = 'cancelled') AS cancelled, SUM(medium = 'giay') AS paper, SUM(medium = 'dien-tu') AS electronic
         FROM register_entry WHERE ${WHERE}`,
    ).get(p) as { total: number; cancelled: number | null; paper: number | null; electronic: number | null };
    const byType = (q(`SELECT type_code AS key, MIN(type_name) AS label, COUNT(*) AS count FROM register_entry WHERE ${WHERE} GROUP BY type_code ORDER BY count DESC, label`).all(p) as {
      key: string;
      label: string;
      count: number;
    }[]).map((r) => ({ ...r }));
    const urg = new Map((q(`SELECT urgency AS key, COUNT(*) AS count FROM register_entry WHERE ${WHERE} GROUP BY urgency`).all(p) as { key: string; count: number }[]).map((r) => [r.key, r.count]));
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
      for (const r of q(`SELECT organ_name FROM register_entry WHERE ${WHERE}`).iterate(p) as IterableIterator<{ organ_name: string }>) add(r.organ_name);
    } else {
      for (const r of q(`SELECT recipients FROM register_entry WHERE ${WHERE} AND recipients IS NOT NULL`).iterate(p) as IterableIterator<{ recipients: string }>) {
        for (const rec of JSON.parse(r.recipients) as { OrganName: string }[]) add(rec.OrganName);
      }
    }
    const sorted = [...organs.entries()].map(([key, o]) => ({ key, label: o.label, count: o.count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
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
      const { from, to, label } = periodOf(p);
      const months = q(
        `SELECT CAST(substr(reg_date, 6, 2) AS INTEGER) AS month, SUM(direction = 'den') AS incoming, SUM(direction = 'di') AS outgoing
           FROM register_entry WHERE reg_date >= @from AND reg_date <= @to GROUP BY month ORDER BY month`,
      ).all({ from, to }) as { month: number; incoming: number; outgoing: number }[];
      const m1 = Number(from.slice(5, 7));
      const m2 = Number(to.slice(5, 7));
      const byMonth = [];
      for (let m = m1; m <= m2; m++) {
        const r = months.find((x) => x.month === m);
        byMonth.push({ Month: m, Incoming: r?.incoming ?? 0, Outgoing: r?.outgoing ?? 0 });
      }
      return { From: from, To: to, Label: label, Incoming: stats('den', from, to), Outgoing: stats('di', from, to), ByMonth: byMonth };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
