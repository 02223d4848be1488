import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LockedVolume } from '../../../src-shared/contracts/locked-book.contract';
import { useClient } from '../../bridge/context';
import { FileButtons } from './FileButtons';
import { showDate } from '../../i18n/dates';

/**
 * The locked volumes of a non-register book (sổ theo dõi, sổ gửi bưu điện), newest first, each
 * reprinted byte for byte on demand.
 */
export function LockedVolumesList({ book, testId }: { book: 'theo-doi' | 'buu-dien'; testId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const list = useQuery({
    queryKey: ['volumes', book],
    queryFn: (): Promise<LockedVolume[]> =>
      book === 'theo-doi' ? client.call('books.followUpVolumes', {}) : client.call('post.volumes', {}),
  });
  const reprint = useMutation({
    mutationFn: (v: LockedVolume) =>
      book === 'theo-doi'
        ? client.call('books.printFollowUp', { Year: v.Year, Volume: v.VolumeNo })
        : client.call('post.printBook', { Year: v.Year, Volume: v.VolumeNo }),
  });
  return (
    <Card size="small" title={t('post.volumes')} data-testid={testId}>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      {reprint.error && <Alert type="error" showIcon title={reprint.error.message} />}
      <List
        size="small"
        loading={list.isPending}
        locale={{ emptyText: t('post.noVolumes') }}
        dataSource={list.data ?? []}
        renderItem={(v) => (
          <List.Item
            actions={[
              <Button key="r" size="small" loading={reprint.isPending && reprint.variables?.id === v.id} onClick={() => reprint.mutate(v)}>
                {t('post.reprint')}
              </Button>,
              reprint.data && reprint.variables?.id === v.id ? (
                <FileButtons key="f" file={reprint.data.File} testId={`${testId}-file`} />
              ) : null,
            ]}
          >
            <Typography.Text>
              {t('post.volume', {
                volume: v.VolumeNo,
                year: v.Year,
                from: showDate(v.DateFrom),
                to: showDate(v.DateTo),
                entries: v.Entries,
                pages: v.Pages,
              })}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
