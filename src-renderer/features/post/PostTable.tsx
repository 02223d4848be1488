import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PostRecipient } from '../../../src-shared/contracts/post.contract';
import { RecordSending } from './RecordSending';
import { showDate } from '../../i18n/dates';

/** Recipients with their channel, address and recorded sending; paper ones can be recorded. */
export function PostTable({ rows, loading, showDoc }: { rows: PostRecipient[]; loading: boolean; showDoc: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<PostRecipient>
      size="small"
      loading={loading}
      rowKey={(r) => `${r.EntryId}/${r.Recipient}`}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      dataSource={rows}
      locale={{ emptyText: t('post.empty') }}
      data-testid="post-table"
      columns={[
        {
          title: t('post.col.date'),
          width: 110,
          render: (_, r) => (r.Sent ? showDate(r.Sent.SentDate) : <Tag>{t('post.notSent')}</Tag>),
        },
        ...(showDoc ? [{ title: t('post.col.soKyHieu'), width: 130, render: (_: unknown, r: PostRecipient) => r.SoKyHieu ?? '—' }] : []),
        { title: t('post.col.recipient'), dataIndex: 'Recipient' },
        {
          title: t('post.col.channel'),
          width: 130,
          render: (_, r) => (r.Channel === 'hub' ? <Tag color="blue">{t('post.hub')}</Tag> : <Tag color="orange">{t('post.paper')}</Tag>),
        },
        { title: t('post.col.address'), render: (_, r) => r.Address ?? '' },
        { title: t('post.col.receipt'), width: 140, render: (_, r) => r.Sent?.ReceiptNo ?? '' },
        {
          title: t('post.col.cost'),
          width: 90,
          align: 'right',
          render: (_, r) => (r.Sent?.Cost != null ? r.Sent.Cost.toLocaleString('vi-VN') : ''),
        },
        { title: '', width: 80, render: (_, r) => (r.Channel === 'paper' ? <RecordSending row={r} /> : null) },
      ]}
    />
  );
}
