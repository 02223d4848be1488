import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '../../../src-shared/contracts/calendar.contract';

type Day = NonNullable<CalendarYear['days']>[number];

const COLORS: Record<string, { background: string; color: string }> = {
  weekend: { background: '#f5f5f5', color: '#8c8c8c' },
  holiday: { background: '#fde2e1', color: '#a8071a' },
  'notice-off': { background: '#fde2e1', color: '#a8071a' },
  'make-up': { background: '#fff1d6', color: '#ad4e00' },
  'swap-work': { background: '#e3f4d7', color: '#237804' },
};

/** One month: weeks from Monday, solar day large, lunar day small beside it (month on lunar day 1). */
function Month({ days, month }: { days: Day[]; month: number }) {
  const { t } = useTranslation();
  const first = new Date(`${days[0]!.date}T00:00:00Z`).getUTCDay();
  const lead = (first + 6) % 7;
  const cells: (Day | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 8 }} data-testid={`cal-month-${month}`}>
      <Typography.Text strong>{t('calendar.month', { month })}</Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, marginTop: 4 }}>
        {(t('calendar.weekdays', { returnObjects: true }) as string[]).map((w) => (
          <div key={w} style={{ textAlign: 'center', fontSize: 11, color: '#8c8c8c' }}>
            {w}
          </div>
        ))}
        {cells.map((d, i) => {
          if (!d) return <div key={`e${i}`} />;
          const style = d.kind ? COLORS[d.kind] : undefined;
          const lunarDay = d.lunar.split('/')[0];
          const cell = (
            <div
              data-testid={`cal-day-${d.date}`}
              data-kind={d.kind ?? 'work'}
              style={{ textAlign: 'center', borderRadius: 4, padding: '2px 0', lineHeight: 1.15, ...(style ?? {}) }}
            >
              <div style={{ fontSize: 13, fontWeight: d.kind && d.kind !== 'weekend' ? 600 : 400 }}>{Number(d.date.slice(8))}</div>
              <div style={{ fontSize: 10, color: lunarDay === '1' ? '#cf1322' : '#8c8c8c' }}>{lunarDay === '1' ? d.lunar : lunarDay}</div>
            </div>
          );
          return d.reason && d.kind !== 'weekend' ? (
            <Tooltip key={d.date} title={d.reason}>
              {cell}
            </Tooltip>
          ) : (
            <div key={d.date}>{cell}</div>
          );
        })}
      </div>
    </div>
  );
}

/** The year view: twelve months with holidays, swaps and lunar dates. */
export function YearGrid({ year }: { year: CalendarYear }) {
  const days = year.days ?? [];
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', gap: 12 }}>
      {Array.from({ length: 12 }, (_, m) => {
        const month = days.filter((d) => Number(d.date.slice(5, 7)) === m + 1);
        return month.length > 0 ? <Month key={m} month={m + 1} days={month} /> : null;
      })}
    </div>
  );
}
