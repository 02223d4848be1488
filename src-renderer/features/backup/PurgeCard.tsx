import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../bridge/context';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Cài đặt › Sao lưu › Xóa hẳn tệp nhập nhầm (quản trị): the file's code (sha256, shown with the file
 * on the entry), the reason, a confirmation naming what cannot be undone, then files.purge. The
 * main process checks the role; the result says which entries keep their number with a tombstone.
 */
export function PurgeCard() {
  const { t } = useTranslation();
  const client = useClient();
  const [sha256, setSha256] = useState('');
  const [reason, setReason] = useState('');
  const purge = useMutation({
    mutationFn: () => client.call('files.purge', { sha256, reason }),
    onSuccess: () => {
      setSha256('');
      setReason('');
    },
  });
  const code = sha256.trim().toLowerCase();
  const ready = SHA256.test(code) && reason.trim().length >= 5;
  const ask = () =>
    Modal.confirm({
      title: t('backup.purge.confirmTitle'),
      content: t('backup.purge.confirm', { sha256: code, reason: reason.trim() }),
      okText: t('backup.purge.ok'),
      okButtonProps: { danger: true },
      onOk: () => purge.mutate(),
    });

  return (
    <Card title={t('backup.purge.title')} style={{ maxWidth: 900, marginTop: 16 }} data-testid="purge-card">
      <Typography.Paragraph type="secondary">{t('backup.purge.help')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('backup.purge.sha256')} validateStatus={sha256 && !SHA256.test(code) ? 'error' : undefined}>
          <Input
            value={sha256}
            onChange={(e) => setSha256(e.target.value)}
            placeholder={t('backup.purge.sha256Placeholder')}
            maxLength={64}
            data-testid="purge-sha256"
          />
        </Form.Item>
        <Form.Item label={t('backup.purge.reason')}>
          <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={1000} data-testid="purge-reason" />
        </Form.Item>
        <Button danger onClick={ask} disabled={!ready} loading={purge.isPending} data-testid="purge-run">
          {t('backup.purge.run')}
        </Button>
      </Form>
      {purge.error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={purge.error.message} />}
      {purge.data && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="purge-done"
          title={t('backup.purge.done', { at: purge.data.purgedAt, by: purge.data.purgedBy, entries: purge.data.entryIds.length })}
        />
      )}
    </Card>
  );
}
