import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../src-shared/contracts/books.contract';
import { useClient } from '../../bridge/context';
import { PrintResultView } from './PrintPanel';
import { showDate, showDateTime } from '../../i18n/dates';

const dmy = (iso: string | null) => (iso ? showDate(iso) : '…');

/** Locked volumes (reprint byte-identical) and the corrections waiting for the next one. */
export function VolumesPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const volumes = useQuery({ queryKey: ['books.volumes'], queryFn: () => client.call('books.volumes', {}) });
  const reprint = useMutation({
    mutationFn: (v: Volume) => client.call('books.print', { Direction: v.Direction, Year: v.Year, Volume: v.VolumeNo, Paper: v.Paper }),
  });

  if (volumes.isError) return <Alert type="error" showIcon title={volumes.error.message} />;
  const data = volumes.data;
  return (
    <div>
      {data && (
        <Typography.Paragraph type="secondary">
          {t('books.volumes.next', { year: data.next.Year, den: data.next.den, di: data.next.di })}
        </Typography.Paragraph>
      )}
      <Table<Volume>
        size="small"
        rowKey="id"
        loading={volumes.isPending}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('books.volumes.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('books.title'),
            dataIndex: 'Direction',
            render: (d: Volume['Direction']) => <Tag color={d === 'den' ? 'blue' : 'green'}>{t(`books.directionShort.${d}`)}</Tag>,
          },
          { title: t('books.volumes.year'), dataIndex: 'Year' },
          { title: t('books.volumes.volume'), dataIndex: 'VolumeNo' },
          { title: t('books.volumes.range'), render: (_, v) => `${dmy(v.DateFrom)} – ${dmy(v.DateTo)}` },
          { title: t('books.volumes.numbers'), render: (_, v) => (v.FirstNumber ? `${v.FirstNumber} – ${v.LastNumber}` : '—') },
          { title: t('books.volumes.entries'), dataIndex: 'Entries' },
          { title: t('books.volumes.pages'), dataIndex: 'Pages' },
          { title: t('books.volumes.lockedAt'), dataIndex: 'LockedAt', render: (s: string) => showDateTime(s) },
          { title: 'SHA-256', dataIndex: 'PdfSha256', render: (s: string) => <Typography.Text code>{s.slice(0, 12)}…</Typography.Text> },
          {
            title: '',
            render: (_, v) => (
              <Button
                size="small"
                icon={<PrinterOutlined />}
                loading={reprint.isPending && reprint.variables?.id === v.id}
                onClick={() => reprint.mutate(v)}
              >
                {t('books.reprint')}
              </Button>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('books.volumes.pending')}
      </Typography.Title>
      <List
        size="small"
        bordered
        dataSource={data?.pending ?? []}
        locale={{ emptyText: t('books.volumes.pendingNone') }}
        renderItem={(a) => (
          <List.Item>
            <Tag>{t(`books.directionShort.${data?.items.find((v) => v.id === a.VolumeId)?.Direction ?? 'den'}`)}</Tag>
            {a.Number} — {a.Summary}
          </List.Item>
        )}
      />
      {reprint.isError && <Alert type="error" showIcon style={{ marginTop: 12 }} title={reprint.error.message} />}
      {reprint.data && (
        <div style={{ marginTop: 16 }}>
          <PrintResultView result={reprint.data} />
        </div>
      )}
    </div>
  );
}
