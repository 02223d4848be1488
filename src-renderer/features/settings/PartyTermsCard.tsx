import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyTerm } from '../../../src-shared/contracts/agency.contract';
import { useClient } from '../../bridge/context';
import { DateInput } from '../register/inputs';
import { showDate } from '../../i18n/dates';
import { ListCard } from './ListCard';

/** Terms (nhiệm kỳ) of a Party body: listed, added, ended. The service refuses overlaps by name. */
export function PartyTermsCard() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const terms = useQuery({ queryKey: ['agency.listTerms'], queryFn: () => client.call('agency.listTerms', {}) });
  const [draft, setDraft] = useState({ name: '', startDate: '' });
  const [endDate, setEndDate] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['agency.listTerms'] });
  const add = useMutation({
    mutationFn: () => client.call('agency.addTerm', { name: draft.name, startDate: draft.startDate, endDate: null }),
    onSuccess: async () => {
      setDraft({ name: '', startDate: '' });
      await refresh();
    },
  });
  const end = useMutation({ mutationFn: (id: number) => client.call('agency.endTerm', { id, endDate }), onSuccess: refresh });
  const open = terms.data?.items.find((x) => x.endDate === null);

  return (
    <ListCard<PartyTerm>
      title={t('settings.terms')}
      help={t('settings.termsHelp')}
      testId="party-terms"
      rows={terms.data?.items ?? []}
      errors={[add.error, end.error]}
      columns={[
        { title: t('settings.termCol.name'), dataIndex: 'name' },
        { title: t('settings.termCol.start'), render: (_, r) => showDate(r.startDate) },
        { title: t('settings.termCol.end'), render: (_, r) => (r.endDate ? showDate(r.endDate) : t('settings.termCol.open')) },
      ]}
    >
      {open && (
        <Space style={{ marginTop: 12 }}>
          <span>{t('settings.termEndDate')}</span>
          <DateInput value={endDate || null} onChange={(v) => setEndDate(v ?? '')} />
          <Button onClick={() => end.mutate(open.id)} disabled={!endDate} loading={end.isPending}>
            {t('settings.termEnd')}
          </Button>
        </Space>
      )}
      <Form layout="inline" component="div" style={{ marginTop: 12 }}>
        <Form.Item label={t('agency.termName')}>
          <Input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-testid="term-name" />
        </Form.Item>
        <Form.Item label={t('agency.termStart')}>
          <DateInput value={draft.startDate || null} onChange={(v) => setDraft({ ...draft, startDate: v ?? '' })} />
        </Form.Item>
        <Button type="primary" onClick={() => add.mutate()} disabled={!draft.name.trim() || !draft.startDate} loading={add.isPending}>
          {t('settings.termAdd')}
        </Button>
      </Form>
    </ListCard>
  );
}
