import { FilePdfOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectionStats } from '../../../src-shared/contracts/books.contract';
import { useClient } from '../../bridge/context';
import { BarChart } from './BarChart';
import { PeriodPicker } from './PeriodPicker';
import { reportInput, type Period } from './period';
import { openStored } from './stored-file';

const IN = '#1f4e8c';
const OUT = '#8cb369';

function CountTable({ title, rows }: { title: string; rows: { key: string; label: string; count: number }[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('books.reports.name'), dataIndex: 'label' },
          { title: t('books.reports.count'), dataIndex: 'count', align: 'right', width: 110 },
        ]}
      />
    </Card>
  );
}

const TOTALS = [
  ['total', 'Total'],
  ['paper', 'Paper'],
  ['electronic', 'Electronic'],
  ['cancelled', 'Cancelled'],
] as const;

function Totals({ title, s }: { title: string; s: DirectionStats }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <Row gutter={16}>
        {TOTALS.map(([label, field]) => (
          <Col key={field} span={6}>
            <Statistic title={t(`books.reports.${label}`)} value={s[field]} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** Incoming on the left, outgoing on the right (one above the other on a narrow window). */
function InOut({ incoming, outgoing }: { incoming: ReactNode; outgoing: ReactNode }) {
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        {incoming}
      </Col>
      <Col xs={24} lg={12}>
        {outgoing}
      </Col>
    </Row>
  );
}

/** Incoming and outgoing counts side by side per row of `rows`. */
function InOutBars({ title, rows }: { title: string; rows: { label: string; values: number[] }[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <BarChart
        rows={rows}
        series={[
          { name: t('books.reports.incoming'), color: IN },
          { name: t('books.reports.outgoing'), color: OUT },
        ]}
      />
    </Card>
  );
}

/** Monthly / quarterly / yearly statistics as cards, tables and bars, and the same as a PDF. */
export function ReportsPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const now = new Date();
  const [period, setPeriod] = useState<Period>({
    kind: 'quarter',
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    quarter: Math.floor(now.getMonth() / 3) + 1,
  });
  const input = reportInput(period);
  const report = useQuery({ queryKey: ['books.report', input], queryFn: () => client.call('books.report', input) });
  const pdf = useMutation({
    mutationFn: () => client.call('books.reportPdf', input),
    onSuccess: (r) => void openStored(client, r.File).catch((e: Error) => message.error(e.message)),
  });
  const r = report.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <PeriodPicker value={period} onChange={setPeriod} />
        <Button icon={<FilePdfOutlined />} loading={pdf.isPending} onClick={() => pdf.mutate()} data-testid="books-report-pdf">
          {t('books.reports.pdf')}
        </Button>
      </Space>
      {report.isError && <Alert type="error" showIcon title={report.error.message} />}
      {pdf.isError && <Alert type="error" showIcon title={pdf.error.message} />}
      {r && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {r.Label}
          </Typography.Title>
          <InOut
            incoming={<Totals title={t('books.reports.incoming')} s={r.Incoming} />}
            outgoing={<Totals title={t('books.reports.outgoing')} s={r.Outgoing} />}
          />
          <InOutBars
            title={t('books.reports.byMonth')}
            rows={r.ByMonth.map((m) => ({ label: t('books.reports.month', { m: m.Month }), values: [m.Incoming, m.Outgoing] }))}
          />
          <InOut
            incoming={<CountTable title={`${t('books.reports.byType')} — ${t('books.reports.incoming')}`} rows={r.Incoming.ByType} />}
            outgoing={<CountTable title={`${t('books.reports.byType')} — ${t('books.reports.outgoing')}`} rows={r.Outgoing.ByType} />}
          />
          <InOutBars
            title={t('books.reports.byUrgency')}
            rows={r.Incoming.ByUrgency.map((u, i) => ({ label: u.label, values: [u.count, r.Outgoing.ByUrgency[i]?.count ?? 0] }))}
          />
          <InOut
            incoming={<CountTable title={t('books.reports.byOrganIn')} rows={r.Incoming.ByOrgan} />}
            outgoing={<CountTable title={t('books.reports.byOrganOut')} rows={r.Outgoing.ByOrgan} />}
          />
        </Space>
      )}
    </Space>
  );
}
