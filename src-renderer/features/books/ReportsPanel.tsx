import { FilePdfOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
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

function Totals({ title, s }: { title: string; s: DirectionStats }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={t('books.reports.total')} value={s.Total} />
        </Col>
        <Col span={6}>
          <Statistic title={t('books.reports.paper')} value={s.Paper} />
        </Col>
        <Col span={6}>
          <Statistic title={t('books.reports.electronic')} value={s.Electronic} />
        </Col>
        <Col span={6}>
          <Statistic title={t('books.reports.cancelled')} value={s.Cancelled} />
        </Col>
      </Row>
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
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Totals title={t('books.reports.incoming')} s={r.Incoming} />
            </Col>
            <Col xs={24} lg={12}>
              <Totals title={t('books.reports.outgoing')} s={r.Outgoing} />
            </Col>
          </Row>
          <Card size="small" title={t('books.reports.byMonth')}>
            <BarChart
              rows={r.ByMonth.map((m) => ({ label: t('books.reports.month', { m: m.Month }), values: [m.Incoming, m.Outgoing] }))}
              series={[
                { name: t('books.reports.incoming'), color: IN },
                { name: t('books.reports.outgoing'), color: OUT },
              ]}
            />
          </Card>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <CountTable title={`${t('books.reports.byType')} — ${t('books.reports.incoming')}`} rows={r.Incoming.ByType} />
            </Col>
            <Col xs={24} lg={12}>
              <CountTable title={`${t('books.reports.byType')} — ${t('books.reports.outgoing')}`} rows={r.Outgoing.ByType} />
            </Col>
          </Row>
          <Card size="small" title={t('books.reports.byUrgency')}>
            <BarChart
              rows={r.Incoming.ByUrgency.map((u, i) => ({ label: u.label, values: [u.count, r.Outgoing.ByUrgency[i]?.count ?? 0] }))}
              series={[
                { name: t('books.reports.incoming'), color: IN },
                { name: t('books.reports.outgoing'), color: OUT },
              ]}
            />
          </Card>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <CountTable title={t('books.reports.byOrganIn')} rows={r.Incoming.ByOrgan} />
            </Col>
            <Col xs={24} lg={12}>
              <CountTable title={t('books.reports.byOrganOut')} rows={r.Outgoing.ByOrgan} />
            </Col>
          </Row>
        </Space>
      )}
    </Space>
  );
}
