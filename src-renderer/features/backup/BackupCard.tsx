import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  message,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSettings, BackupSummary } from '../../../src-shared/contracts/backup.contract';
import { useClient } from '../../bridge/context';
import { BACKUP_STATUS_KEY, useBackupProgress, useBackupStatus } from './use-backup';
import { showDateTime } from '../../i18n/dates';
import { errorText } from '../../i18n/error-text';

const when = (iso: string) => showDateTime(iso, { seconds: true });

/**
 * Cài đặt › Sao lưu: folder, schedule, retention, passphrase; "Sao lưu ngay" with progress; the
 * folder's backups with what each holds, verify, and restore into a new folder (never in place).
 */
export function BackupCard() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const status = useBackupStatus();
  const progress = useBackupProgress();
  const [draft, setDraft] = useState<BackupSettings | null>(null);
  const [passphrase, setPassphrase] = useState('');
  useEffect(() => {
    if (status.data && draft === null) setDraft(status.data.settings);
  }, [status.data, draft]);
  const folder = status.data?.settings.folder ?? null;
  const list = useQuery({
    queryKey: ['backup.list', folder, status.data?.lastGood?.name],
    queryFn: () => client.call('backup.list', {}),
    enabled: folder !== null,
  });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: BACKUP_STATUS_KEY });
    await queryClient.invalidateQueries({ queryKey: ['backup.list'] });
  };
  const save = useMutation({
    mutationFn: ({ folder: _folder, ...rest }: BackupSettings) => client.call('backup.saveSettings', rest),
    onSuccess: async () => {
      void message.success(t('common.saved'));
      await refresh();
    },
  });
  const setPass = useMutation({
    mutationFn: (p: string | null) => client.call('backup.setPassphrase', { passphrase: p }),
    onSuccess: async () => {
      setPassphrase('');
      await refresh();
    },
  });
  const run = useMutation({ mutationFn: () => client.call('backup.run', {}), onSettled: refresh });
  const choices = useQuery({ queryKey: ['backup.folderChoices'], queryFn: () => client.call('backup.folderChoices', {}) });
  const choose = useMutation({
    mutationFn: (id: string | undefined) => client.call('backup.chooseFolder', id === undefined ? {} : { id }),
    onSuccess: async (r) => {
      if (r.chosen) void message.success(t('common.saved'));
      await refresh();
      await queryClient.invalidateQueries({ queryKey: ['backup.folderChoices'] });
    },
  });
  const verify = useMutation({
    mutationFn: (name: string) => client.call('backup.verify', { name }),
    onSuccess: (r) =>
      r.ok
        ? void message.success(t('backup.verifyOk', { files: r.checkedFiles }))
        : Modal.error({ title: t('backup.verifyBad', { problems: r.problems.slice(0, 5).join('; ') }) }),
  });
  const restore = useMutation({
    mutationFn: (p: { name: string; acceptOtherAgency: boolean }) => client.call('backup.restore', p),
    onSuccess: (r) => Modal.success({ title: t('backup.restored', { into: r.into }) }),
  });
  const askRestore = (b: BackupSummary) =>
    Modal.confirm({
      title: t('backup.restoreConfirm', { name: b.name }),
      onOk: () => restore.mutate({ name: b.name, acceptOtherAgency: false }),
    });
  const otherAgency = (restore.error as { details?: { otherAgency?: boolean } } | null)?.details?.otherAgency === true;

  if (!status.data || !draft) return <Card loading title={t('backup.title')} />;
  const s = status.data;
  const error = save.error ?? setPass.error ?? run.error ?? verify.error ?? restore.error ?? choose.error;
  const set = (patch: Partial<BackupSettings>) => setDraft({ ...draft, ...patch });

  return (
    <Card title={t('backup.title')} style={{ maxWidth: 900 }} data-testid="backup-card">
      <Typography.Paragraph type="secondary">{t('backup.help')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('backup.folder')}>
          {/* A window may not name paths on this machine (architecture §2): main shows its folder dialog
              (Electron) or lists the drives and shares it sees (browser); only an id crosses. */}
          <Input value={folder ?? ''} placeholder={t('backup.folderPlaceholder')} readOnly data-testid="backup-folder" />
          <Space wrap style={{ marginTop: 8 }}>
            {choices.data?.native && (
              <Button onClick={() => choose.mutate(undefined)} loading={choose.isPending} data-testid="backup-folder-dialog">
                {t('backup.chooseFolder')}
              </Button>
            )}
            {choices.data && choices.data.items.length > 0 && (
              <Select
                style={{ minWidth: 320 }}
                placeholder={t('backup.chooseFromList')}
                value={choices.data.items.find((c) => c.path === folder)?.id ?? null}
                options={choices.data.items.map((c) => ({ value: c.id, label: `${c.label} — ${c.path}` }))}
                onChange={(id: string) => choose.mutate(id)}
                data-testid="backup-folder-choices"
              />
            )}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('backup.folderHow')}
          </Typography.Text>
        </Form.Item>
        <Space wrap size="large">
          <Checkbox checked={draft.daily} onChange={(e) => set({ daily: e.target.checked })}>
            {t('backup.daily')}
          </Checkbox>
          <Input
            style={{ width: 90 }}
            value={draft.time}
            onChange={(e) => set({ time: e.target.value })}
            disabled={!draft.daily}
            data-testid="backup-time"
          />
          <Checkbox checked={draft.atExit} onChange={(e) => set({ atExit: e.target.checked })}>
            {t('backup.atExit')}
          </Checkbox>
        </Space>
        <Space wrap size="large" style={{ marginTop: 12 }}>
          <Form.Item label={t('backup.keepDaily')}>
            <InputNumber min={1} max={366} value={draft.keepDaily} onChange={(v) => set({ keepDaily: v ?? 7 })} />
          </Form.Item>
          <Form.Item label={t('backup.keepMonthly')}>
            <InputNumber min={0} max={240} value={draft.keepMonthly} onChange={(v) => set({ keepMonthly: v ?? 12 })} />
          </Form.Item>
          <Form.Item label={t('backup.warnAfterHours')}>
            <InputNumber min={1} max={2160} value={draft.warnAfterHours} onChange={(v) => set({ warnAfterHours: v ?? 48 })} />
          </Form.Item>
        </Space>
        <Checkbox checked={draft.encrypt} onChange={(e) => set({ encrypt: e.target.checked })} disabled={!s.passphraseSaved}>
          {t('backup.encrypt')}
        </Checkbox>
        <Space style={{ display: 'flex', marginTop: 8 }} wrap>
          <Input.Password
            style={{ width: 280 }}
            placeholder={t('backup.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="new-password"
          />
          <Button onClick={() => setPass.mutate(passphrase)} disabled={passphrase.length < 8} loading={setPass.isPending}>
            {t('backup.setPassphrase')}
          </Button>
          {s.passphraseSaved && <Button onClick={() => setPass.mutate(null)}>{t('backup.forgetPassphrase')}</Button>}
        </Space>
        {s.passphraseSaved && <Typography.Paragraph type="secondary">{t('backup.passphraseSaved')}</Typography.Paragraph>}
        <Space style={{ marginTop: 12 }}>
          <Button onClick={() => save.mutate(draft)} loading={save.isPending} data-testid="backup-save">
            {t('backup.save')}
          </Button>
          <Button
            type="primary"
            onClick={() => run.mutate()}
            loading={run.isPending || s.running}
            disabled={!folder}
            data-testid="backup-run"
          >
            {s.running || run.isPending ? t('backup.running') : t('backup.runNow')}
          </Button>
        </Space>
      </Form>
      {progress && (
        <div style={{ marginTop: 12 }} data-testid="backup-progress">
          <Typography.Text type="secondary">{t(`backup.phase.${progress.phase}`)}</Typography.Text>
          <Progress percent={Math.round((progress.done / Math.max(progress.total, 1)) * 100)} />
        </div>
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={error.message}
          action={
            otherAgency ? (
              <Button
                size="small"
                danger
                onClick={() => restore.mutate({ name: (restore.variables as { name: string }).name, acceptOtherAgency: true })}
              >
                {t('backup.restoreOtherAgency')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Descriptions bordered size="small" column={1} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('backup.lastGood')}>
          {s.lastGood ? `${when(s.lastGood.at)} — ${s.lastGood.dir}` : t('backup.never')}
        </Descriptions.Item>
        {s.lastFailure && (
          <Descriptions.Item label={t('backup.lastFailure')}>
            <Typography.Text type="danger">
              {when(s.lastFailure.at)} — {errorText(s.lastFailure)}
            </Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
      {folder && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('backup.list')}
          </Typography.Title>
          <Table<BackupSummary>
            size="small"
            rowKey="name"
            pagination={false}
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            data-testid="backup-list"
            columns={[
              {
                title: t('backup.col.name'),
                render: (_, b) => (
                  <span>
                    {b.name} {b.encrypted && <Tag>{t('backup.encrypted')}</Tag>}
                  </span>
                ),
              },
              { title: t('backup.col.date'), render: (_, b) => when(b.createdAt) },
              {
                title: t('backup.col.contents'),
                render: (_, b) => (
                  <div style={{ fontSize: 12 }}>
                    <div>{t('backup.contents', { files: b.fileCount, mb: (b.totalBytes / 1048576).toFixed(1) })}</div>
                    {b.counts.map((c) => (
                      <div key={`${c.direction}${c.year}`}>
                        {t('backup.countsLine', { dir: t(`backup.${c.direction}`), year: c.year, count: c.count })}
                      </div>
                    ))}
                  </div>
                ),
              },
              {
                title: t('backup.col.actions'),
                render: (_, b) => (
                  <Space>
                    <Button size="small" onClick={() => verify.mutate(b.name)} loading={verify.isPending && verify.variables === b.name}>
                      {t('backup.verify')}
                    </Button>
                    <Button size="small" onClick={() => askRestore(b)}>
                      {t('backup.restore')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
