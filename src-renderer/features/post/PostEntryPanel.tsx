import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../bridge/context';
import { FileButtons } from '../books/FileButtons';
import { PostTable } from './PostTable';

/** "Gửi bưu điện" in an outgoing entry's detail: which Nơi nhận got it through the hub, which go by post. */
export function PostEntryPanel({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const list = useQuery({ queryKey: ['post.list', entryId], queryFn: () => client.call('post.list', { EntryId: entryId }) });
  const envelopes = useMutation({ mutationFn: () => client.call('post.envelopes', { EntryId: entryId }) });
  const paper = (list.data ?? []).filter((r) => r.Channel === 'paper');
  return (
    <div style={{ marginTop: 16 }} data-testid="post-entry">
      <Typography.Title level={5}>{t('post.entryTitle')}</Typography.Title>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <PostTable rows={list.data ?? []} loading={list.isPending} showDoc={false} />
      {list.data && paper.length === 0 && list.data.length > 0 && <Typography.Text type="secondary">{t('post.noPaper')}</Typography.Text>}
      {paper.length > 0 && (
        <Space style={{ marginTop: 8 }}>
          <Button loading={envelopes.isPending} onClick={() => envelopes.mutate()} data-testid="post-envelopes">
            {t('post.envelopes')}
          </Button>
          {envelopes.data && <FileButtons file={envelopes.data.File} testId="post-envelopes-file" />}
        </Space>
      )}
      {envelopes.error && <Alert type="error" showIcon title={envelopes.error.message} style={{ marginTop: 8 }} />}
    </div>
  );
}
