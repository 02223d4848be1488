import { DatePicker, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Period, PeriodKind } from './period';

/** Month / quarter / year / custom dates, always inside one year for the first three. */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const set = (patch: Partial<Period>) => onChange({ ...value, ...patch });
  return (
    <Space wrap>
      <Radio.Group
        optionType="button"
        value={value.kind}
        onChange={(e) => set({ kind: e.target.value as PeriodKind })}
        options={(['month', 'quarter', 'year', 'custom'] as const).map((k) => ({ value: k, label: t(`books.period.${k}`) }))}
        data-testid="books-period-kind"
      />
      {value.kind !== 'custom' && (
        <Select
          value={value.year}
          onChange={(y: number) => set({ year: y })}
          options={Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 96 }}
          aria-label={t('books.period.year')}
        />
      )}
      {value.kind === 'month' && (
        <Select
          value={value.month}
          onChange={(m: number) => set({ month: m })}
          options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('books.reports.month', { m: i + 1 }) }))}
          style={{ width: 110 }}
          aria-label={t('books.period.month')}
        />
      )}
      {value.kind === 'quarter' && (
        <Select
          value={value.quarter}
          onChange={(q: number) => set({ quarter: q })}
          options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('books.period.quarterN', { q }) }))}
          style={{ width: 96 }}
          aria-label={t('books.period.quarter')}
        />
      )}
      {value.kind === 'custom' && (
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
        />
      )}
    </Space>
  );
}
