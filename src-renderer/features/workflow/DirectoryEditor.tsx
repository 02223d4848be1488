import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Input, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryPerson, DirectoryUnit } from '../../../src-shared/contracts/directory.contract';
import { useClient } from '../../bridge/context';
import { DIRECTORY_KEY, DirectoryPicker, type PickedParty } from '../../components/DirectoryPicker';
import { fileToBase64 } from '../../components/file-to-base64';

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
      const href = URL.createObjectURL(new Blob([bytes], { type: r.mediaType }));
      const a = document.createElement('a');
      a.href = href;
      a.download = r.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
    },
  });
  return (
    <Space direction="vertical">
      <Space wrap>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            imp.mutate(file);
            return false;
          }}
        >
          <Button loading={imp.isPending} data-testid={`directory-import-${kind}`}>
            {t('workflow.directory.import')}
          </Button>
        </Upload>
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

/** Units (phòng, ban): list, add, deactivate / reactivate. */
function Units() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [short, setShort] = useState('');
  const list = useQuery({
    queryKey: [DIRECTORY_KEY, 'units'],
    queryFn: () => client.call('directory.listUnits', { includeInactive: true, limit: 1000 }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [DIRECTORY_KEY] });
  const add = useMutation({
    mutationFn: () => client.call('directory.addUnit', { name, shortName: short }),
    onSuccess: () => {
      setName('');
      setShort('');
      void refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (u: DirectoryUnit) =>
      u.active
        ? client.call('directory.deactivateUnit', { id: u.id })
        : client.call('directory.updateUnit', { id: u.id, name: u.name, shortName: u.shortName, active: true }),
    onSettled: refresh,
  });
  return (
    <Card size="small" title={t('workflow.directory.units')} extra={<Transfer kind="units" />}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Input
          placeholder={t('workflow.directory.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => add.mutate()}
          style={{ width: 280 }}
          data-testid="unit-name"
        />
        <Input
          placeholder={t('workflow.directory.shortName')}
          value={short}
          onChange={(e) => setShort(e.target.value)}
          onPressEnter={() => add.mutate()}
          style={{ width: 120 }}
        />
        <Button type="primary" onClick={() => add.mutate()} loading={add.isPending} data-testid="unit-add">
          {t('workflow.directory.add')}
        </Button>
      </Space>
      {add.error && <Alert type="error" showIcon title={add.error.message} />}
      <Table<DirectoryUnit>
        size="small"
        rowKey="id"
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('workflow.directory.name'), dataIndex: 'name' },
          { title: t('workflow.directory.shortName'), dataIndex: 'shortName', width: 120 },
          { title: t('workflow.directory.parent'), dataIndex: 'parentName', width: 200 },
          {
            title: '',
            width: 200,
            render: (_: unknown, u) => (
              <Space>
                {!u.active && <Tag>{t('workflow.directory.inactive')}</Tag>}
                <Button size="small" onClick={() => toggle.mutate(u)}>
                  {t(u.active ? 'workflow.directory.deactivate' : 'workflow.directory.reactivate')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** People: list, add (with their unit picked from the directory and the leader flag), deactivate / reactivate. */
function People() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const [fullName, setFullName] = useState('');
  const [position, setPosition] = useState('');
  const [unit, setUnit] = useState<PickedParty[]>([]);
  const [leader, setLeader] = useState(false);
  const list = useQuery({
    queryKey: [DIRECTORY_KEY, 'people'],
    queryFn: () => client.call('directory.listPeople', { includeInactive: true, limit: 1000 }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [DIRECTORY_KEY] });
  const add = useMutation({
    mutationFn: () => client.call('directory.addPerson', { fullName, position, unitId: unit[0]?.id ?? null, isLeader: leader }),
    onSuccess: () => {
      setFullName('');
      setPosition('');
      setLeader(false);
      void refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (p: DirectoryPerson) =>
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
          }),
    onSettled: refresh,
  });
  return (
    <Card size="small" title={t('workflow.directory.people')} extra={<Transfer kind="people" />} style={{ marginTop: 16 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Input
          placeholder={t('workflow.directory.fullName')}
          value={fullName}
          onChange={(e) => setFullName(e.target.value)}
          style={{ width: 220 }}
          data-testid="person-name"
        />
        <Input
          placeholder={t('workflow.directory.position')}
          value={position}
          onChange={(e) => setPosition(e.target.value)}
          style={{ width: 160 }}
        />
        <div style={{ width: 260 }}>
          <DirectoryPicker value={unit} onChange={setUnit} kinds={['unit']} placeholder={t('workflow.directory.unit')} />
        </div>
        <Checkbox checked={leader} onChange={(e) => setLeader(e.target.checked)}>
          {t('workflow.directory.isLeader')}
        </Checkbox>
        <Button type="primary" onClick={() => add.mutate()} loading={add.isPending} data-testid="person-add">
          {t('workflow.directory.add')}
        </Button>
      </Space>
      {add.error && <Alert type="error" showIcon title={add.error.message} />}
      <Table<DirectoryPerson>
        size="small"
        rowKey="id"
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
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
          {
            title: '',
            width: 200,
            render: (_: unknown, p) => (
              <Space>
                {!p.active && <Tag>{t('workflow.directory.inactive')}</Tag>}
                <Button size="small" onClick={() => toggle.mutate(p)}>
                  {t(p.active ? 'workflow.directory.deactivate' : 'workflow.directory.reactivate')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
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
