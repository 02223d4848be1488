import { useMutation } from '@tanstack/react-query';
import { Alert, Button, DatePicker, InputNumber, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lunarLabel } from '../../../src-shared/domain';
import { useClient } from '../../bridge/context';
import { useDates } from '../../i18n/dates';

/** A lunar date beside the solar date in the picker; outside 1968–2100 nothing is shown. */
function lunarOf(d: Dayjs): string {
  try {
    return lunarLabel(d.format('YYYY-MM-DD')).text;
  } catch {
    return '';
  }
}

/** Deadline calculator: a date picker showing lunar dates, N working days or hours, the explanation. */
export function DeadlineTool() {
  const { t } = useTranslation();
  const { picker } = useDates();
  const client = useClient();
  const [from, setFrom] = useState<Dayjs | null>(null);
  const [n, setN] = useState<number | null>(5);
  const [unit, setUnit] = useState<'workingDays' | 'workingHours'>('workingDays');
  const run = useMutation({
    mutationFn: () =>
      client.call('calendar.deadline', {
        kind: unit,
        from: unit === 'workingDays' ? from!.format('YYYY-MM-DD') : from!.format('YYYY-MM-DDTHH:mm'),
        n: n ?? 0,
      }),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker
          value={from}
          onChange={setFrom}
          format={unit === 'workingHours' ? `${picker[0]} HH:mm` : picker}
          showTime={unit === 'workingHours' ? { format: 'HH:mm' } : false}
          placeholder={t('calendar.deadline.from')}
          data-testid="deadline-from"
          cellRender={(current, info) => {
            if (info.type !== 'date' || typeof current === 'number' || typeof current === 'string') return info.originNode;
            const d = current;
            return (
              <div className="ant-picker-cell-inner" style={{ lineHeight: 1.1 }}>
                <div>{d.date()}</div>
                <div style={{ fontSize: 9, color: '#8c8c8c' }}>{lunarOf(d)}</div>
              </div>
            );
          }}
        />
        <Typography.Text>+</Typography.Text>
        <InputNumber value={n} onChange={setN} min={0} max={3650} data-testid="deadline-n" />
        <Radio.Group value={unit} onChange={(e) => setUnit(e.target.value as typeof unit)}>
          <Radio.Button value="workingDays">{t('calendar.deadline.days')}</Radio.Button>
          <Radio.Button value="workingHours">{t('calendar.deadline.hours')}</Radio.Button>
        </Radio.Group>
        <Button type="primary" disabled={!from} loading={run.isPending} onClick={() => run.mutate()} data-testid="deadline-run">
          {t('calendar.deadline.compute')}
        </Button>
      </Space>
      {from && <Typography.Text type="secondary">{t('calendar.lunarOf', { lunar: lunarOf(from) })}</Typography.Text>}
      {run.error && <Alert type="error" showIcon title={run.error.message} />}
      {run.data && (
        <Alert
          type={run.data.provisional ? 'warning' : 'success'}
          showIcon
          title={<span data-testid="deadline-explanation">{run.data.explanation}</span>}
          description={t('calendar.versions', { versions: run.data.calendarVersions.join(', ') })}
        />
      )}
    </Space>
  );
}
