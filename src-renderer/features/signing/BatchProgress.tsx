import { Alert, Button, Card, Drawer, List, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../src-shared/rpc/define';
import type { signingSignStoredBatch } from '../../../src-shared/contracts/signing.contract';
import { PdfPreview } from '../../components/PdfPreview';
import { SignaturePanel } from './SignaturePanel';

export type BatchOutput = OutputOf<typeof signingSignStoredBatch>;

/** One `signing.batchProgressed` event of this window's batch. */
export interface ProgressItem {
  index: number;
  ok: boolean;
  message?: string;
  signedSha256?: string;
}

export interface BatchState {
  id: string;
  total: number;
  /** Label of each document, in batch order. */
  labels: string[];
  progress: ProgressItem[];
  result: BatchOutput | null;
}

/** Progress bar while the batch runs (from events), then one line per document with its result. */
export function BatchProgress({ batch }: { batch: BatchState }) {
  const { t } = useTranslation();
  const [view, setView] = useState<string | null>(null);
  const done = batch.result ? batch.total : batch.progress.length;
  const failed = batch.result ? batch.result.failed : batch.progress.filter((p) => !p.ok).length;
  const items = batch.labels.map((label, index) => {
    const r = batch.result?.results[index];
    const p = batch.progress.find((x) => x.index === index);
    if (r)
      return {
        label,
        index,
        ok: r.ok,
        message: r.ok ? r.result.warnings.join(' ') : r.error.message,
        sha: r.ok ? r.result.sha256 : undefined,
      };
    if (p) return { label, index, ok: p.ok, message: p.message ?? '', sha: p.signedSha256 };
    return { label, index, ok: null, message: '', sha: undefined };
  });
  return (
    <Card size="small" title={t('signing.progress.title')} data-testid="batch-progress">
      <Progress
        percent={Math.round((done / Math.max(batch.total, 1)) * 100)}
        status={batch.result ? (failed > 0 ? 'exception' : 'success') : 'active'}
        success={{ percent: Math.round(((done - failed) / Math.max(batch.total, 1)) * 100) }}
      />
      <Typography.Text data-testid="batch-summary">
        {batch.result
          ? t('signing.progress.done', { signed: batch.result.signed, failed: batch.result.failed })
          : t('signing.progress.running', { done, total: batch.total })}
      </Typography.Text>
      <List
        size="small"
        dataSource={items}
        renderItem={(it) => (
          <List.Item
            data-testid="batch-item"
            data-ok={it.ok === null ? 'pending' : String(it.ok)}
            actions={
              it.sha
                ? [
                    <Button key="show" size="small" onClick={() => setView(it.sha!)} data-testid="batch-show">
                      {t('signing.progress.show')}
                    </Button>,
                  ]
                : []
            }
          >
            <Space direction="vertical" size={0} style={{ width: '100%' }}>
              <Space>
                <b>{it.label}</b>
                {it.ok === true && <Tag color="green">{t('signing.progress.ok')}</Tag>}
                {it.ok === false && <Tag color="red">{t('signing.progress.failed')}</Tag>}
              </Space>
              {it.message && (
                <Typography.Text type={it.ok === false ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                  {it.message}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      <Drawer
        open={view !== null}
        onClose={() => setView(null)}
        size={1100}
        title={t('signing.progress.signedFile')}
        data-testid="signed-drawer"
      >
        {view && (
          <div style={{ display: 'flex', gap: 24 }}>
            <div style={{ flex: '0 0 560px' }}>
              <PdfPreview sha256={view} />
            </div>
            <div style={{ flex: '1 1 360px', minWidth: 0 }}>
              <SignaturePanel sha256={view} />
            </div>
          </div>
        )}
      </Drawer>
      {batch.result && batch.result.failed > 0 && batch.result.signed === 0 && (
        <Alert type="error" showIcon title={t('signing.progress.failed')} style={{ marginTop: 8 }} />
      )}
    </Card>
  );
}
