import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Input, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryPerson, DirectoryUnit } from '../../../src-shared/contracts/directory.contract';
import { useClient } from '../../bridge/context';
import { DIRECTORY_KEY, DirectoryPicker, type PickedParty } from '../../components/DirectoryPicker';
import { fileToBase64 } from '../../components/file-to-base64';
import { saveBlob } from '../../components/save-blob';
import { FilePickButton } from '../../components/FilePickButton';

type Kind = 'units' | 'people';

/** Import (CSV/xlsx, all-or-nothing; the error names row and column) and export in the import layout. */
function Transfer({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const imp = useMutation({
    mutationFn: async (file: File) => client.call('directory.import', { kind, fileName: file.name, dataBase64: await fileToBase64(file) }),
    onSuccess: (r) => {
      void message.success(t('workflow.directory.importDone', r));
      void queryClient.invalidateQueries({ queryKey: [DIRECTORY_KEY] });
    },
  });
  const exp = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => client.call('directory.export', { kind, format }),
    onSuccess: (r) => {
      const bytes = Uint8Array.from(atob(r.dataBase64), (c) => c.charCodeAt(0));
      saveBlob(new Blob([bytes], { type: r.mediaType }), r.fileName);
    },
  });
  return (
    <Space direction="vertical">
      <Space wrap>
        <FilePickButton accept=".csv,.xlsx" onFile={(f) => imp.mutate(f)} loading={imp.isPending} testId={`directory-import-${kind}`}>
          {t('workflow.directory.import')}
        </FilePickButton>
        {(['csv', 'xlsx'] as const).map((f) => (
          <Button key={f} onClick={() => exp.mutate(f)} data-testid={`directory-export-${kind}-${f}`}>
            {t('workflow.directory.export', { format: f.toUpperCase() })}
          </Button>
        ))}
      </Space>
      {(imp.error ?? exp.error) && <Alert type="error" showIcon title={(imp.error ?? exp.error)!.message} data-testid="directory-error" />}
    </Space>
  );
}

/** A text box of an add row. */
function AddInput(props: {
  placeholder: string;
  value: string;
  onChange: (v: string) => void;
  onEnter?: () => void;
  width: number;
  testId?: string;
}) {
  return (
    <Input
      placeholder={props.placeholder}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      onPressEnter={props.onEnter}
      style={{ width: props.width }}
      data-testid={props.testId}
    />
  );
}

/**
 * One list of the directory: the add row with its error, then every row (active or not) with a
 * button that deactivates or reactivates it. `add` saves the row being typed, then `onAdded` clears it.
 */
function DirectoryList<R extends { id: string; active: boolean }>(props: {
  kind: Kind;
  title: string;
  style?: CSSProperties;
  list: () => Promise<{ items: R[] }>;
  add: () => Promise<unknown>;
  onAdded: () => void;
  toggle: (row: R) => Promise<unknown>;
  addRow: (add: () => void) => ReactNode;
  columns: TableColumnsType<R>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: [DIRECTORY_KEY, props.kind], queryFn: props.list });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [DIRECTORY_KEY] });
  const add = useMutation({
    mutationFn: props.add,
    onSuccess: () => {
      props.onAdded();
      void refresh();
    },
  });
  const toggle = useMutation({ mutationFn: props.toggle, onSettled: refresh });
  return (
    <Card size="small" title={props.title} extra={<Transfer kind={props.kind} />} style={props.style}>
      <Space wrap style={{ marginBottom: 8 }}>
        {props.addRow(() => add.mutate())}
        <Button
          type="primary"
          onClick={() => add.mutate()}
          loading={add.isPending}
          data-testid={`${props.kind === 'units' ? 'unit' : 'person'}-add`}
        >
          {t('workflow.directory.add')}
        </Button>
      </Space>
      {add.error && <Alert type="error" showIcon title={add.error.message} />}
      <Table<R>
        size="small"
        rowKey="id"
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          ...props.columns,
          {
            title: '',
            width: 200,
            render: (_: unknown, r) => (
              <Space>
                {!r.active && <Tag>{t('workflow.directory.inactive')}</Tag>}
                <Button size="small" onClick={() => toggle.mutate(r)}>
                  {t(r.active ? 'workflow.directory.deactivate' : 'workflow.directory.reactivate')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** Units (phòng, ban): list, add, deactivate / reactivate. */
function Units() {
  const { t } = useTranslation();
  const client = useClient();
  const [name, setName] = useState('');
  const [short, setShort] = useState('');
  return (
    <DirectoryList<DirectoryUnit>
      kind="units"
      title={t('workflow.directory.units')}
      list={() => client.call('directory.listUnits', { includeInactive: true, limit: 1000 })}
      add={() => client.call('directory.addUnit', { name, shortName: short })}
      onAdded={() => {
        setName('');
        setShort('');
      }}
      toggle={(u) =>
        u.active
          ? client.call('directory.deactivateUnit', { id: u.id })
          : client.call('directory.updateUnit', { id: u.id, name: u.name, shortName: u.shortName, active: true })
      }
      addRow={(add) => (
        <>
          <AddInput
            placeholder={t('workflow.directory.name')}
            value={name}
            onChange={setName}
            onEnter={add}
            width={280}
            testId="unit-name"
          />
          <AddInput placeholder={t('workflow.directory.shortName')} value={short} onChange={setShort} onEnter={add} width={120} />
        </>
      )}
      columns={[
        { title: t('workflow.directory.name'), dataIndex: 'name' },
        { title: t('workflow.directory.shortName'), dataIndex: 'shortName', width: 120 },
        { title: t('workflow.directory.parent'), dataIndex: 'parentName', width: 200 },
      ]}
    />
  );
}

/** People: list, add (with their unit picked from the directory and the leader flag), deactivate / reactivate. */
function People() {
  const { t } = useTranslation();
  const client = useClient();
  const [fullName, setFullName] = useState('');
  const [position, setPosition] = useState('');
  const [unit, setUnit] = useState<PickedParty[]>([]);
  const [leader, setLeader] = useState(false);
  return (
    <DirectoryList<DirectoryPerson>
      kind="people"
      title={t('workflow.directory.people')}
      style={{ marginTop: 16 }}
      list={() => client.call('directory.listPeople', { includeInactive: true, limit: 1000 })}
      add={() => client.call('directory.addPerson', { fullName, position, unitId: unit[0]?.id ?? null, isLeader: leader })}
      onAdded={() => {
        setFullName('');
        setPosition('');
        setLeader(false);
      }}
      toggle={(p) =>
        p.active
          ? client.call('directory.deactivatePerson', { id: p.id })
          : client.call('directory.updatePerson', {
              id: p.id,
              fullName: p.fullName,
              position: p.position,
              unitId: p.unitId,
              email: p.email,
              phone: p.phone,
              isLeader: p.isLeader,
              active: true,
            })
      }
      addRow={() => (
        <>
          <AddInput
            placeholder={t('workflow.directory.fullName')}
            value={fullName}
            onChange={setFullName}
            width={220}
            testId="person-name"
          />
          <AddInput placeholder={t('workflow.directory.position')} value={position} onChange={setPosition} width={160} />
          <div style={{ width: 260 }}>
            <DirectoryPicker value={unit} onChange={setUnit} kinds={['unit']} placeholder={t('workflow.directory.unit')} />
          </div>
          <Checkbox checked={leader} onChange={(e) => setLeader(e.target.checked)}>
            {t('workflow.directory.isLeader')}
          </Checkbox>
        </>
      )}
      columns={[
        {
          title: t('workflow.directory.fullName'),
          dataIndex: 'fullName',
          render: (n: string, p) => (
            <>
              {n} {p.isLeader && <Tag color="gold">{t('workflow.directory.leader')}</Tag>}
            </>
          ),
        },
        { title: t('workflow.directory.position'), dataIndex: 'position', width: 160 },
        { title: t('workflow.directory.unit'), dataIndex: 'unitName', width: 200 },
        { title: t('workflow.directory.email'), dataIndex: 'email', width: 200 },
      ]}
    />
  );
}

/** Danh bạ nội bộ in Cài đặt: units, people and leaders; import from xlsx/CSV, export. */
export function DirectoryEditor() {
  return (
    <div data-testid="directory-editor">
      <Units />
      <People />
    </div>
  );
}
