import { useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { Select } from 'antd';
import { useState } from 'react';
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { useClient } from '../../bridge/context';

/** "15 · 123/UBND-VP · trích yếu" (incoming) or "45/BC-VP · trích yếu" (outgoing). */
export function entryLabel(e: Pick<RegisterEntry, 'Direction' | 'ArrivalNumber' | 'SoKyHieu' | 'Subject'>): string {
  const head =
    e.Direction === 'den' ? [i18next.t('workflow.entryIncomingNo', { n: e.ArrivalNumber ?? '—' }), e.SoKyHieu ?? ''] : [e.SoKyHieu ?? '—'];
  return [...head.filter(Boolean), e.Subject].join(' · ');
}

/**
 * Picks register entries of one direction by số đến, số/ký hiệu or trích yếu (the register's own
 * folded full-text search; the newest when nothing is typed). Single or multiple.
 */
export function EntryPicker(props: {
  direction: 'den' | 'di';
  value: string[];
  onChange: (ids: string[], entries: RegisterEntry[]) => void;
  multiple?: boolean;
  placeholder: string;
  testId?: string;
}) {
  const client = useClient();
  const [q, setQ] = useState('');
  const [known, setKnown] = useState<Map<string, RegisterEntry>>(new Map());
  const found = useQuery({
    queryKey: ['register.pick', props.direction, q],
    queryFn: async () => {
      const s = q.trim();
      const page = s
        ? await client.call('register.search', { q: s, Direction: props.direction, Status: 'registered', limit: 20 })
        : await client.call('register.list', { Direction: props.direction, Status: 'registered', limit: 20 });
      return page.items;
    },
    placeholderData: (prev) => prev,
  });
  const items = found.data ?? [];
  const all = new Map(known);
  for (const e of items) all.set(e.id, e);
  const options = [...new Map([...props.value.map((id) => [id, all.get(id)] as const), ...items.map((e) => [e.id, e] as const)])]
    .filter((pair): pair is [string, RegisterEntry] => pair[1] !== undefined)
    .map(([id, e]) => ({ value: id, label: entryLabel(e) }));
  const change = (v: string | string[] | undefined) => {
    const ids = v === undefined ? [] : Array.isArray(v) ? v : [v];
    const next = new Map(known);
    for (const id of ids) {
      const e = all.get(id);
      if (e) next.set(id, e);
    }
    setKnown(next);
    setQ('');
    props.onChange(ids, ids.map((id) => next.get(id)!).filter(Boolean));
  };
  return (
    <Select
      mode={props.multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
      value={props.multiple ? props.value : props.value[0]}
      onChange={change}
      options={options}
      loading={found.isFetching}
      allowClear
      placeholder={props.placeholder}
      style={{ width: '100%' }}
      data-testid={props.testId}
    />
  );
}
