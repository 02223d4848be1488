import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandlingRow } from '../../../src-shared/contracts/workflow-print.contract';
import { useClient } from '../../bridge/context';
import { BarChart } from '../books/BarChart';
import { PeriodPicker } from '../books/PeriodPicker';
import { rangeOf, reportInput, type Period } from '../books/period';
import { FileButtons } from '../books/FileButtons';
import { LockedBookPrint } from '../books/LockedBookPrint';
import { LockedVolumesList } from '../books/LockedVolumesList';

const now = new Date();
const START: Period = { kind: 'month', year: now.getFullYear(), month: now.getMonth() + 1, quarter: Math.floor(now.getMonth() / 3) + 1 };

/**
 * Sổ theo dõi giải quyết văn bản đến (print a period, lock it as the next quyển số) and the report
 * "tình hình giải quyết văn bản đến" by unit in charge (chart on screen, PDF, xlsx).
 */
export function FollowUpPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const [period, setPeriod] = useState<Period>(START);
  const range = rangeOf(period);
  const book = useMutation({ mutationFn: (Lock: boolean) => client.call('books.printFollowUp', { ...range!, Lock }) });
  const reportPeriod = () => reportInput(period);
  const report = useMutation({ mutationFn: () => client.call('books.handlingReport', reportPeriod()) });
  const file = useMutation({
    mutationFn: (Format: 'pdf' | 'xlsx') => client.call('books.handlingReportFile', { Period: reportPeriod(), Format }),
  });
  const r = report.data;
  const cols: (keyof HandlingRow)[] = ['Received', 'OnTime', 'Late', 'InProgress', 'Overdue'];
  const label: Record<string, string> = {
    Received: t('workflow.report.received'),
    OnTime: t('workflow.report.onTime'),
    Late: t('workflow.report.late'),
    InProgress: t('workflow.report.inProgress'),
    Overdue: t('workflow.report.overdue'),
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="follow-up-panel">
      <PeriodPicker value={period} onChange={setPeriod} />
      <Card size="small" title={t('workflow.followUp.title')}>
        <LockedBookPrint testId="follow-up" label={t('workflow.followUp.print')} disabled={!range} print={book} />
        {book.error && <Alert type="error" showIcon title={book.error.message} style={{ marginTop: 8 }} />}
      </Card>
      <LockedVolumesList key={book.data?.Volume?.id ?? 'none'} book="theo-doi" testId="follow-up-volumes" />
      <Card size="small" title={t('workflow.report.title')}>
        <Space wrap style={{ marginBottom: 8 }}>
          <Button disabled={!range} loading={report.isPending} onClick={() => report.mutate()} data-testid="handling-show">
            {t('workflow.report.show')}
          </Button>
          {(['pdf', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              disabled={!range}
              loading={file.isPending && file.variables === format}
              onClick={() => file.mutate(format)}
              data-testid={`handling-${format}`}
            >
              {t(`workflow.report.${format}`)}
            </Button>
          ))}
          {file.data && <FileButtons file={file.data.File} testId="handling-file" />}
        </Space>
        {(report.error ?? file.error) && <Alert type="error" showIcon title={(report.error ?? file.error)!.message} />}
        {r && (
          <>
            <Table<HandlingRow>
              size="small"
              rowKey={(x) => x.UnitId ?? '(none)'}
              pagination={false}
              dataSource={[...r.Rows, { ...r.Total, UnitId: '(total)', Unit: t('workflow.report.total') }]}
              columns={[
                {
                  title: t('workflow.report.unit'),
                  dataIndex: 'Unit',
                  render: (u: string, x) => (x.UnitId === null ? t('workflow.report.noUnit') : u),
                },
                ...cols.map((c) => ({ title: label[c], dataIndex: c, width: 130, align: 'center' as const })),
              ]}
              data-testid="handling-table"
            />
            <div style={{ marginTop: 12 }}>
              <BarChart
                rows={r.Rows.map((x) => ({
                  label: x.UnitId === null ? t('workflow.report.noUnit') : x.Unit,
                  values: [x.OnTime, x.Late, x.InProgress, x.Overdue],
                }))}
                series={[
                  { name: label.OnTime!, color: '#52c41a' },
                  { name: label.Late!, color: '#fa8c16' },
                  { name: label.InProgress!, color: '#1677ff' },
                  { name: label.Overdue!, color: '#f5222d' },
                ]}
              />
            </div>
          </>
        )}
      </Card>
    </Space>
  );
}
