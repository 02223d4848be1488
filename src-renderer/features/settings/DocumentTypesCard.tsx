import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Radio, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomDocumentType } from '../../../src-shared/contracts/document-types.contract';
import { useClient } from '../../bridge/context';
import { ListCard } from './ListCard';

interface Draft {
  name: string;
  abbreviation: string;
  system: 'state' | 'party';
  incoming: boolean;
  outgoing: boolean;
}

/**
 * The agency's own document types: added (name, abbreviation, system, directions), renamed,
 * disabled or enabled. The service refuses an abbreviation a built-in of the same system has.
 */
export function DocumentTypesCard({ system }: { system: 'state' | 'party' }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const types = useQuery({ queryKey: ['agency.listTypes'], queryFn: () => client.call('agency.listTypes', {}) });
  const blank = (): Draft => ({ name: '', abbreviation: '', system, incoming: true, outgoing: true });
  const [draft, setDraft] = useState<Draft>(blank);
  const [renaming, setRenaming] = useState<{ code: string; name: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['agency.listTypes'] });
  const add = useMutation({
    mutationFn: () => client.call('agency.addType', { ...draft, abbreviation: draft.abbreviation || null }),
    onSuccess: async () => {
      setDraft(blank());
      await refresh();
    },
  });
  const update = useMutation({
    mutationFn: (input: { code: string; name?: string; disabled?: boolean }) => client.call('agency.updateType', input),
    onSuccess: async () => {
      setRenaming(null);
      await refresh();
    },
  });

  return (
    <ListCard<CustomDocumentType>
      title={t('settings.types.title')}
      help={t('settings.types.help')}
      testId="custom-types"
      rowKey="code"
      rows={types.data?.items ?? []}
      emptyText={t('settings.types.empty')}
      errors={[add.error, update.error]}
      errorTestId="type-error"
      columns={[
        {
          title: t('settings.types.name'),
          render: (_, r) =>
            renaming?.code === r.code ? (
              <Space.Compact>
                <Input
                  value={renaming.name}
                  onChange={(e) => setRenaming({ code: r.code, name: e.target.value })}
                  aria-label={t('settings.types.name')}
                />
                <Button onClick={() => update.mutate({ code: r.code, name: renaming.name })} disabled={!renaming.name.trim()}>
                  {t('settings.types.save')}
                </Button>
              </Space.Compact>
            ) : (
              <span>
                {r.name} {r.disabled && <Tag>{t('settings.types.disabledTag')}</Tag>}
              </span>
            ),
        },
        { title: t('settings.types.abbreviation'), render: (_, r) => r.abbreviation ?? '—' },
        { title: t('settings.types.system'), render: (_, r) => t(`settings.types.systems.${r.system}`) },
        {
          title: t('settings.types.directions'),
          render: (_, r) =>
            [r.incoming ? t('settings.types.incoming') : null, r.outgoing ? t('settings.types.outgoing') : null].filter(Boolean).join(', '),
        },
        {
          title: '',
          render: (_, r) => (
            <Space>
              <Button size="small" onClick={() => setRenaming({ code: r.code, name: r.name })}>
                {t('settings.types.rename')}
              </Button>
              <Button
                size="small"
                onClick={() => update.mutate({ code: r.code, disabled: !r.disabled })}
                data-testid={`type-toggle-${r.code}`}
              >
                {r.disabled ? t('settings.types.enable') : t('settings.types.disable')}
              </Button>
            </Space>
          ),
        },
      ]}
    >
      <Form layout="inline" component="div" style={{ marginTop: 12, rowGap: 8 }}>
        <Form.Item label={t('settings.types.name')}>
          <Input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-testid="type-name" />
        </Form.Item>
        <Form.Item label={t('settings.types.abbreviation')}>
          <Input
            value={draft.abbreviation}
            onChange={(e) => setDraft({ ...draft, abbreviation: e.target.value })}
            style={{ width: 100 }}
            data-testid="type-abbreviation"
          />
        </Form.Item>
        <Form.Item label={t('settings.types.system')}>
          <Radio.Group value={draft.system} onChange={(e) => setDraft({ ...draft, system: e.target.value as 'state' | 'party' })}>
            <Radio value="state">{t('settings.types.systems.state')}</Radio>
            <Radio value="party">{t('settings.types.systems.party')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item>
          <Checkbox checked={draft.incoming} onChange={(e) => setDraft({ ...draft, incoming: e.target.checked })}>
            {t('settings.types.incoming')}
          </Checkbox>
          <Checkbox checked={draft.outgoing} onChange={(e) => setDraft({ ...draft, outgoing: e.target.checked })}>
            {t('settings.types.outgoing')}
          </Checkbox>
        </Form.Item>
        <Button
          type="primary"
          onClick={() => add.mutate()}
          disabled={!draft.name.trim() || (!draft.incoming && !draft.outgoing)}
          loading={add.isPending}
          data-testid="type-add"
        >
          {t('settings.types.add')}
        </Button>
      </Form>
    </ListCard>
  );
}
