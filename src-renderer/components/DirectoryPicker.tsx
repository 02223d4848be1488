import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryHit } from '../../src-shared/contracts/directory.contract';
import { useClient } from '../bridge/context';

type Kind = 'unit' | 'person';
/** A chosen unit or person: always by directory id, with its name for display. */
export type PickedParty = { kind: Kind; id: string; name: string };

const ADD_PREFIX = '\u0000add:';
const keyOf = (p: { kind: Kind; id: string }) => `${p.kind}:${p.id}`;

/** Every query of the directory lives under this key: an edit in Cài đặt refreshes every picker. */
export const DIRECTORY_KEY = 'directory';

/**
 * The one autocomplete wherever a unit or person is named (trình, chỉ đạo, chuyển, the directory
 * editor). Searches the directory as the clerk types (dấu and case ignored, by the main process); a
 * name that is not there is offered as "Thêm đơn vị …" / "Thêm cán bộ …", added on Enter or click
 * and picked. Keyboard: type, ↓/↑, Enter; Backspace removes the last one in multiple mode.
 */
export function DirectoryPicker(props: {
  value: PickedParty[];
  onChange: (v: PickedParty[]) => void;
  multiple?: boolean;
  kinds?: Kind[];
  leadersOnly?: boolean;
  placeholder?: string;
  status?: 'error' | undefined;
  autoFocus?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const kinds = props.kinds ?? ['unit', 'person'];
  const [text, setText] = useState('');
  const search = useQuery({
    queryKey: [DIRECTORY_KEY, 'search', text, kinds, props.leadersOnly ?? false],
    queryFn: () => client.call('directory.search', { query: text, kinds, leadersOnly: props.leadersOnly ?? false, limit: 12 }),
    placeholderData: (prev) => prev,
  });
  const add = useMutation({
    mutationFn: async ({ kind, name }: { kind: Kind; name: string }): Promise<PickedParty> => {
      if (kind === 'unit') {
        const u = await client.call('directory.addUnit', { name });
        return { kind, id: u.id, name: u.name };
      }
      const p = await client.call('directory.addPerson', { fullName: name, isLeader: props.leadersOnly ?? false });
      return { kind, id: p.id, name: p.fullName };
    },
    onSuccess: (p) => {
      void message.success(t('workflow.directory.added', { name: p.name }));
      void queryClient.invalidateQueries({ queryKey: [DIRECTORY_KEY] });
      pick(p);
    },
    onError: (err) => void message.error(err.message),
  });

  const hits: DirectoryHit[] = search.data?.items ?? [];
  const byKey = new Map<string, PickedParty>(props.value.map((p) => [keyOf(p), p]));
  for (const h of hits) if (!byKey.has(keyOf(h))) byKey.set(keyOf(h), { kind: h.kind, id: h.id, name: h.name });

  function pick(p: PickedParty) {
    setText('');
    if (props.multiple) {
      if (!props.value.some((v) => keyOf(v) === keyOf(p))) props.onChange([...props.value, p]);
    } else {
      props.onChange([p]);
    }
  }

  const typed = text.trim();
  const exact = hits.some((h) => h.name.localeCompare(typed, 'vi', { sensitivity: 'base' }) === 0);
  const options = [
    ...hits.map((h) => ({
      value: keyOf(h),
      label: (
        <Space size={4}>
          <span>{h.name}</span>
          {h.detail && <Typography.Text type="secondary">· {h.detail}</Typography.Text>}
          {h.isLeader && <Tag color="gold">{t('workflow.directory.leader')}</Tag>}
        </Space>
      ),
    })),
    ...(typed && !exact && !search.isFetching
      ? kinds.map((k) => ({
          value: `${ADD_PREFIX}${k}`,
          label: (
            <Typography.Text type="warning" data-testid={`directory-add-${k}`}>
              <PlusOutlined /> {t(k === 'unit' ? 'workflow.directory.addUnit' : 'workflow.directory.addPerson', { name: typed })}
            </Typography.Text>
          ),
        }))
      : []),
  ];

  const onSelect = (v: string) => {
    if (v.startsWith(ADD_PREFIX)) {
      add.mutate({ kind: v.slice(ADD_PREFIX.length) as Kind, name: typed });
      return;
    }
    const p = byKey.get(v);
    if (p) pick(p);
  };

  return (
    <Select
      mode={props.multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      value={props.multiple ? props.value.map(keyOf) : props.value[0] ? keyOf(props.value[0]) : undefined}
      options={options}
      labelRender={(l) => byKey.get(String(l.value))?.name ?? l.label}
      onSelect={onSelect}
      onDeselect={(v: string) => props.onChange(props.value.filter((p) => keyOf(p) !== v))}
      onClear={() => props.onChange([])}
      allowClear
      placeholder={props.placeholder ?? t('workflow.directory.placeholder')}
      notFoundContent={typed ? t('workflow.directory.notFound', { name: typed }) : null}
      loading={search.isFetching || add.isPending}
      status={props.status}
      autoFocus={props.autoFocus}
      style={{ minWidth: 280, width: '100%' }}
      data-testid={props.testId}
    />
  );
}
