import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import type { Revision } from '../../../src-shared/contracts/signing.contract';
import { foldVietnamese } from '../../../src-shared/domain/text-fold';
import { useClient } from '../../bridge/context';
import { REVISIONS_KEY } from './use-signing';
import { showDate } from '../../i18n/dates';
import { typeLabel } from '../../i18n/document-types';
import { SearchInput } from '../../components/SearchInput';

/** An outgoing document that can be signed: its entry, the file the next signature applies to, what was signed. */
export interface SignableDoc {
  entry: RegisterEntry;
  currentSha256: string;
  revisions: Revision[];
}

/**
 * The newest outgoing register entries that have a PDF (not cancelled), each with its current
 * revision: the signed file when there is one, else the registered file.
 */
export function useSignableDocuments() {
  const client = useClient();
  const list = useQuery({
    queryKey: ['register.rows', 'signing'],
    queryFn: () => client.call('register.list', { Direction: 'di', Status: 'registered', limit: 500 }),
  });
  const withFile = useMemo(() => (list.data?.items ?? []).filter((e) => e.File !== null), [list.data]);
  const ids = withFile.map((e) => e.id);
  const revs = useQuery({
    queryKey: [REVISIONS_KEY, 'list', ids],
    queryFn: () => client.call('signing.listRevisions', { entryIds: ids }),
    enabled: ids.length > 0,
  });
  const docs = useMemo<SignableDoc[]>(() => {
    const byId = new Map((revs.data?.entries ?? []).map((r) => [r.entryId, r]));
    return withFile.map((entry) => {
      const r = byId.get(entry.id);
      return { entry, currentSha256: r?.currentSha256 ?? entry.File!.sha256, revisions: r?.revisions ?? [] };
    });
  }, [withFile, revs.data]);
  return {
    docs,
    isPending: list.isPending || (ids.length > 0 && revs.isPending),
    error: list.error ?? revs.error,
    refetch: () => Promise.all([list.refetch(), revs.refetch()]),
  };
}

export function DocumentPicker(props: { docs: SignableDoc[]; loading: boolean; selected: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const rows = useMemo(() => {
    const f = foldVietnamese(q.trim());
    if (!f) return props.docs;
    return props.docs.filter((d) => foldVietnamese(`${d.entry.SoKyHieu ?? ''} ${d.entry.Subject}`).includes(f));
  }, [props.docs, q]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="document-picker">
      <SearchInput value={q} onChange={setQ} placeholder={t('signing.docs.search')} />
      {!props.loading && props.docs.length === 0 && <Alert type="info" showIcon title={t('signing.docs.empty')} />}
      <Table<SignableDoc>
        size="small"
        rowKey={(d) => d.entry.id}
        loading={props.loading}
        dataSource={rows}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        rowSelection={{ selectedRowKeys: props.selected, onChange: (keys) => props.onChange(keys.map(String)) }}
        onRow={(d) => ({ 'data-testid': 'signable-row', 'data-entry': d.entry.id }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('signing.docs.col.soKyHieu'),
            key: 'so',
            width: 130,
            render: (_, d) => <b>{d.entry.SoKyHieu ?? t('signing.docs.noNumber')}</b>,
          },
          {
            title: t('signing.docs.col.subject'),
            key: 'subject',
            render: (_, d) => (
              <span>
                {typeLabel(d.entry.TypeName)} — {d.entry.Subject}
              </span>
            ),
          },
          {
            title: t('signing.docs.col.issuedDate'),
            key: 'date',
            width: 100,
            render: (_, d) => showDate(d.entry.IssuedDate, true),
          },
          {
            title: t('signing.docs.col.state'),
            key: 'state',
            width: 150,
            render: (_, d) =>
              d.revisions.length === 0 ? (
                <Tag>{t('signing.docs.unsigned')}</Tag>
              ) : (
                <Space size={2} wrap>
                  {d.revisions.map((r) => (
                    <Tag key={r.seq} color="green">
                      {t(`signing.roleShort.${r.role}`)}
                    </Tag>
                  ))}
                </Space>
              ),
          },
        ]}
      />
      {props.selected.length > 0 && (
        <Typography.Text type="secondary">{t('signing.docs.selected', { count: props.selected.length })}</Typography.Text>
      )}
    </Space>
  );
}
