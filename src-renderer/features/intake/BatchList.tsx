import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntakeBatch } from '../../../src-shared/contracts/intake.contract';
import { useClient } from '../../bridge/context';
import type { IntakeBatchState } from './use-intake-batch';
import { showDateTime } from '../../i18n/dates';

const when = (iso: string) => showDateTime(iso);

export function useBatches() {
  const client = useClient();
  return useQuery({ queryKey: ['intake.batches'], queryFn: () => client.call('intake.listBatches', {}) });
}

export function batchName(t: (k: string, o?: Record<string, unknown>) => string, b: IntakeBatch): string {
  return b.title ?? t('intake.batches.untitled', { time: when(b.createdAt) });
}

/**
 * A batch whose scan was cut off (the app or the computer stopped mid-scan) is offered for resume
 * with every page it had; the clerk may also drop it.
 */
export function ResumeOffers({ s }: { s: IntakeBatchState }) {
  const { t } = useTranslation();
  const { data } = useBatches();
  const interrupted = (data?.batches ?? []).filter((b) => data?.interrupted.includes(b.id));
  return (
    <>
      {interrupted.map((b) => (
        <Alert
          key={b.id}
          type="warning"
          showIcon
          style={{ marginBottom: 10 }}
          title={t('intake.batches.resumeTitle')}
          description={t('intake.batches.resumeBody', { time: when(b.createdAt), count: b.pages.length })}
          action={
            <Space orientation="vertical">
              <Button size="small" type="primary" onClick={() => void s.resume(b.id)} data-testid="batch-resume">
                {t('intake.batches.resume')}
              </Button>
              <Popconfirm title={t('intake.batches.discardConfirm')} onConfirm={() => void s.discard(b.id)}>
                <Button size="small">{t('intake.batches.discard')}</Button>
              </Popconfirm>
            </Space>
          }
          data-testid="batch-interrupted"
        />
      ))}
    </>
  );
}

/** Batches still being worked on (split parts, hot-folder imports, earlier scans), newest first. */
export function BatchList({ s }: { s: IntakeBatchState }) {
  const { t } = useTranslation();
  const { data } = useBatches();
  const open = (data?.batches ?? []).filter((b) => b.status === 'open' || b.status === 'scanning').slice(0, 12);
  return (
    <div data-testid="intake-batches">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 4 }}>
        <Typography.Text strong>{t('intake.batches.title')}</Typography.Text>
        <Button size="small" icon={<PlusOutlined />} disabled={s.busy !== null} onClick={s.reset} data-testid="batch-new">
          {t('intake.batches.newBatch')}
        </Button>
      </Space>
      <List
        size="small"
        dataSource={open}
        locale={{ emptyText: t('intake.batches.empty') }}
        renderItem={(b) => {
          const current = b.id === s.batch?.id;
          return (
            <List.Item
              onClick={() => !current && s.busy === null && void s.open(b.id)}
              style={{ cursor: current ? 'default' : 'pointer', background: current ? '#eef4fc' : undefined, paddingInline: 8 }}
              data-testid="batch-item"
            >
              <Typography.Text ellipsis style={{ maxWidth: 190 }}>
                {batchName(t, b)}
              </Typography.Text>
              <Tag>{t('intake.batches.pages', { count: b.pages.length })}</Tag>
            </List.Item>
          );
        }}
      />
    </div>
  );
}
