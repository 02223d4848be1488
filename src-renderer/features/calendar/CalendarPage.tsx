import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, InputNumber, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lunarLabel } from '../../../src-shared/domain';
import { useClient } from '../../bridge/context';
import { DeadlineTool } from './DeadlineTool';
import { NoticeForm } from './NoticeForm';
import { YearGrid } from './YearGrid';
import { showDate } from '../../i18n/dates';

/** Cài đặt › Lịch làm việc: the year view, the notice of the year, and the deadline calculator. */
export function CalendarPage() {
  const { t } = useTranslation();
  const client = useClient();
  const overview = useQuery({ queryKey: ['calendar', 'overview'], queryFn: () => client.call('calendar.overview', {}) });
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? (overview.data ? Number(overview.data.today.slice(0, 4)) : null);
  const data = useQuery({
    queryKey: ['calendar', 'year', year],
    queryFn: () => client.call('calendar.getYear', { year: year!, includeDays: true }),
    enabled: year !== null,
  });

  if (overview.isError) return <Alert type="error" showIcon title={overview.error.message} />;
  if (!overview.data || year === null) return <Spin />;
  const y = data.data;
  const special = (y?.nonWorkingDays ?? []).filter((d) => d.kind !== 'weekend');
  const columns = [
    { title: t('calendar.col.date'), dataIndex: 'date', render: (d: string) => showDate(d), width: 110 },
    { title: t('calendar.col.lunar'), dataIndex: 'date', key: 'lunar', render: (d: string) => lunarLabel(d).text, width: 90 },
    { title: t('calendar.col.reason'), dataIndex: 'reason' },
    { title: t('calendar.col.source'), dataIndex: 'source' },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="calendar-page">
      {overview.data.warning && <Alert type="warning" showIcon title={overview.data.warning} data-testid="calendar-warning" />}
      <Space>
        <Button onClick={() => setChosen(year - 1)} disabled={year <= 1968}>
          ‹
        </Button>
        <InputNumber value={year} min={1968} max={2100} onChange={(v) => v && setChosen(v)} data-testid="calendar-year" />
        <Button onClick={() => setChosen(year + 1)} disabled={year >= 2100}>
          ›
        </Button>
      </Space>
      {data.isError && <Alert type="error" showIcon title={data.error.message} />}
      {y && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label={t('calendar.basis')}>
              {y.notice ? (
                <Tag color="blue" data-testid="calendar-notice">
                  {t('calendar.byNotice', { source: y.notice.source })}
                </Tag>
              ) : (
                <Tag color="orange" data-testid="calendar-provisional">
                  {t('calendar.provisional')}
                </Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('calendar.workingDays')}>{y.workingDayCount}</Descriptions.Item>
            <Descriptions.Item label={t('calendar.tet')}>
              <span data-testid="calendar-tet">{showDate(y.tet)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('calendar.gioTo')}>
              <span data-testid="calendar-gioto">{showDate(y.gioTo)}</span>
            </Descriptions.Item>
            {y.lunarLeapMonth !== null && <Descriptions.Item label={t('calendar.leapMonth')}>{y.lunarLeapMonth}</Descriptions.Item>}
          </Descriptions>
          <Space wrap size="small">
            <Tag color="red">{t('calendar.legend.off')}</Tag>
            <Tag color="orange">{t('calendar.legend.makeUp')}</Tag>
            <Tag color="green">{t('calendar.legend.swapWork')}</Tag>
            <Tag>{t('calendar.legend.weekend')}</Tag>
            <Typography.Text type="secondary">{t('calendar.legend.lunar')}</Typography.Text>
          </Space>
          <YearGrid year={y} />
          <Card size="small" title={t('calendar.daysOffTitle', { year: y.year })}>
            <Table size="small" rowKey="date" pagination={false} dataSource={special} columns={columns} data-testid="calendar-days-off" />
          </Card>
          {y.swappedWorkingDays.length > 0 && (
            <Card size="small" title={t('calendar.swapsTitle')}>
              <Table
                size="small"
                rowKey="date"
                pagination={false}
                dataSource={y.swappedWorkingDays}
                columns={columns}
                data-testid="calendar-swaps"
              />
            </Card>
          )}
        </Space>
      )}
      <Card size="small" title={t('calendar.deadline.title')}>
        <DeadlineTool />
      </Card>
      <Card size="small" title={t('calendar.notice.title', { year })}>
        <NoticeForm year={year} />
      </Card>
    </Space>
  );
}
