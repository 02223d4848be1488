import { useQuery } from '@tanstack/react-query';
import { DatePicker, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../bridge/context';
import type { Period, PeriodKind } from './period';
import { showDate, useDates } from '../../i18n/dates';

/** The year, month or quarter of a period (its label: books.period.<part>). */
function PartSelect(props: {
  part: 'year' | 'month' | 'quarter';
  period: Period;
  set: (patch: Partial<Period>) => void;
  options: { value: number; label: string }[];
  width: number;
}) {
  const { t } = useTranslation();
  return (
    <Select
      value={props.period[props.part]}
      onChange={(v: number) => props.set({ [props.part]: v })}
      options={props.options}
      style={{ width: props.width }}
      aria-label={t(`books.period.${props.part}`)}
    />
  );
}

/**
 * Month / quarter / year / custom dates, always inside one year for the first three; a Party body
 * also picks a term (nhiệm kỳ): its numbers run per term, not per year.
 */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const { t } = useTranslation();
  const { picker } = useDates();
  const client = useClient();
  const profile = useQuery({ queryKey: ['agency.getProfile'], queryFn: () => client.call('agency.getProfile', {}) });
  const party = profile.data?.system === 'party';
  const terms = useQuery({
    queryKey: ['agency.listTerms'],
    queryFn: () => client.call('agency.listTerms', {}),
    enabled: party,
  });
  const thisYear = new Date().getFullYear();
  const set = (patch: Partial<Period>) => onChange({ ...value, ...patch });
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }));
  const months = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('books.reports.month', { m: i + 1 }) }));
  const quarters = [1, 2, 3, 4].map((q) => ({ value: q, label: t('books.period.quarterN', { q }) }));
  const kinds: PeriodKind[] = party ? ['term', 'month', 'quarter', 'year', 'custom'] : ['month', 'quarter', 'year', 'custom'];
  return (
    <Space wrap>
      <Radio.Group
        optionType="button"
        value={value.kind}
        onChange={(e) => set({ kind: e.target.value as PeriodKind })}
        options={kinds.map((k) => ({ value: k, label: t(`books.period.${k}`) }))}
        data-testid="books-period-kind"
      />
      {value.kind === 'term' && (
        <Select
          value={value.term}
          onChange={(id: number) => set({ term: id })}
          placeholder={t('books.period.termPick')}
          notFoundContent={t('books.period.noTerms')}
          options={(terms.data?.items ?? [])
            .slice()
            .reverse()
            .map((term) => ({
              value: term.id,
              label: `${term.name} (${showDate(term.startDate)} – ${term.endDate ? showDate(term.endDate) : t('books.period.termOpen')})`,
            }))}
          style={{ minWidth: 360 }}
          aria-label={t('books.period.term')}
          data-testid="books-period-term"
        />
      )}
      {value.kind !== 'custom' && value.kind !== 'term' && <PartSelect part="year" period={value} set={set} options={years} width={96} />}
      {value.kind === 'month' && <PartSelect part="month" period={value} set={set} options={months} width={110} />}
      {value.kind === 'quarter' && <PartSelect part="quarter" period={value} set={set} options={quarters} width={96} />}
      {value.kind === 'custom' && (
        <DatePicker.RangePicker
          format={picker}
          value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
        />
      )}
    </Space>
  );
}
