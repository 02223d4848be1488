import { useQuery } from '@tanstack/react-query';
import { Alert, Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { EntryFilesSchema } from '../../../src-shared/contracts/exchange-entry.contract';
import { useClient } from '../../bridge/context';
import { PdfPreview } from '../../components/PdfPreview';
import { saveBlob } from '../../components/save-blob';

const kb = (n: number | null) =>
  n === null ? '—' : n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
const format = (mediaType: string, name: string) => (name.includes('.') ? name.split('.').pop()!.toUpperCase() : mediaType);

type EntryFile = z.output<typeof EntryFilesSchema>['Files'][number];

/** One file: main or not, name, format and size; a PDF's preview and the download, or "withheld". */
function FileItem({ file: f, onPreview, onDownload }: { file: EntryFile; onPreview: () => void; onDownload: () => void }) {
  const { t } = useTranslation();
  return (
    <List.Item
      data-testid="entry-file"
      actions={
        f.withheld
          ? [
              <Tag key="w" color="red">
                {t('register.files.withheld')}
              </Tag>,
            ]
          : [
              f.mediaType === 'application/pdf' && (
                <Button key="p" size="small" onClick={onPreview}>
                  {t('register.files.preview')}
                </Button>
              ),
              <Button key="d" size="small" onClick={onDownload}>
                {t('register.files.download')}
              </Button>,
            ].filter(Boolean)
      }
    >
      <Space>
        {f.role === 'main' && <Tag color="blue">{t('register.files.main')}</Tag>}
        <Typography.Text>{f.name}</Typography.Text>
        <Typography.Text type="secondary">
          {format(f.mediaType, f.name)} · {kb(f.size)}
        </Typography.Text>
      </Space>
    </List.Item>
  );
}

/**
 * Every file of a register entry (main document and attachments, from exchange.entryFiles): main
 * marked, format, size, preview of a PDF and download. A recalled incoming entry's files are listed
 * but withheld (the main process refuses to serve them); a recalled outgoing one keeps its own.
 */
export function EntryFiles({ entryId, direction }: { entryId: string; direction: 'den' | 'di' }) {
  const { t } = useTranslation();
  const client = useClient();
  const q = useQuery({ queryKey: ['exchange.entryFiles', entryId], queryFn: () => client.call('exchange.entryFiles', { entryId }) });
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const files = q.data?.Files ?? [];
  const preview = shown ?? files.find((f) => f.role === 'main' && !f.withheld && f.mediaType === 'application/pdf')?.sha256 ?? null;

  async function download(f: (typeof files)[number]) {
    setError(null);
    const { url, headers } = client.fileSource(f.sha256);
    const res = await fetch(url, { headers });
    if (!res.ok) {
      const body = await res.text();
      setError(body.startsWith('{') ? ((JSON.parse(body) as { error?: { message?: string } }).error?.message ?? body) : body);
      return;
    }
    saveBlob(new Blob([await res.arrayBuffer()], { type: f.mediaType }), f.name);
  }

  return (
    <div data-testid="entry-files">
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {q.data?.Recalled && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          // The sender keeps its own files: only the recipients are asked to stop using theirs.
          title={t(direction === 'di' ? 'register.files.recalledSent' : 'register.files.recalled', { reason: q.data.Recalled.reason })}
        />
      )}
      {error && <Alert type="error" showIcon style={{ marginBottom: 8 }} title={error} />}
      {files.length === 0 && !q.isPending ? (
        <Typography.Text type="secondary">{t('register.detail.noFile')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={files}
          renderItem={(f) => <FileItem file={f} onPreview={() => setShown(f.sha256)} onDownload={() => void download(f)} />}
        />
      )}
      {preview && <PdfPreview sha256={preview} />}
    </div>
  );
}
