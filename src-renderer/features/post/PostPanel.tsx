import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, DatePicker, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../bridge/context';
import { FileButtons } from '../books/FileButtons';
import { LockedBookPrint } from '../books/LockedBookPrint';
import { LockedVolumesList } from '../books/LockedVolumesList';
import { PeriodPicker } from '../books/PeriodPicker';
import { rangeOf, type Period } from '../books/period';
import { PostTable } from './PostTable';
import { useDates } from '../../i18n/dates';

const now = new Date();
const START: Period = { kind: 'month', year: now.getFullYear(), month: now.getMonth() + 1, quarter: Math.floor(now.getMonth() / 3) + 1 };

/**
 * Sổ sách → Gửi bưu điện: the paper recipients of a period (record each sending), the Sổ gửi văn
 * bản đi bưu điện (print, lock as the next quyển số, reprint) and the envelopes of a day's post.
 */
export function PostPanel() {
  const { t } = useTranslation();
  const { picker } = useDates();
  const client = useClient();
  const [period, setPeriod] = useState<Period>(START);
  const [pending, setPending] = useState(false);
  const [day, setDay] = useState(dayjs());
  const r = rangeOf(period);
  const range = r && 'From' in r ? r : null;
  const list = useQuery({
    queryKey: ['post.list', range, pending],
    queryFn: () => client.call('post.list', { From: range!.From, To: range!.To, Pending: pending }),
    enabled: range !== null,
  });
  const book = useMutation({ mutationFn: (Lock: boolean) => client.call('post.printBook', { From: range!.From, To: range!.To, Lock }) });
  const envelopes = useMutation({ mutationFn: () => client.call('post.envelopes', { Date: day.format('YYYY-MM-DD') }) });
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="post-panel">
      <PeriodPicker value={period} onChange={setPeriod} />
      <Card size="small" title={t('post.title')}>
        <LockedBookPrint
          testId="post"
          label={t('post.printBook')}
          disabled={!range}
          print={book}
          style={{ marginBottom: 8 }}
          before={
            <Checkbox checked={pending} onChange={(e) => setPending(e.target.checked)} data-testid="post-pending">
              {t('post.pendingOnly')}
            </Checkbox>
          }
        />
        {(book.error ?? list.error) && (
          <Alert type="error" showIcon title={(book.error ?? list.error)!.message} style={{ marginBottom: 8 }} />
        )}
        <PostTable rows={list.data ?? []} loading={list.isFetching} showDoc />
      </Card>
      <Card size="small" title={t('post.envelopesDay')}>
        <Space wrap>
          <DatePicker value={day} onChange={(d) => d && setDay(d)} format={picker} allowClear={false} />
          <Button loading={envelopes.isPending} onClick={() => envelopes.mutate()} data-testid="post-envelopes-day">
            {t('post.envelopes')}
          </Button>
          {envelopes.data && (
            <Space wrap>
              <Typography.Text>{t('post.envelopesCount', { count: envelopes.data.Envelopes })}</Typography.Text>
              <FileButtons file={envelopes.data.File} testId="post-envelopes-file" />
            </Space>
          )}
        </Space>
        {envelopes.error && <Alert type="error" showIcon title={envelopes.error.message} style={{ marginTop: 8 }} />}
      </Card>
      <LockedVolumesList key={book.data?.Volume?.id ?? 'none'} book="buu-dien" testId="post-volumes" />
    </Space>
  );
}
