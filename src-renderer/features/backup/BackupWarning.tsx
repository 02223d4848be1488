import { WarningOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBackupStatus } from './use-backup';
import { errorText } from '../../i18n/error-text';

/**
 * The sidebar warning: a failed backup (kept until a good one exists), no backup at all, or a last
 * good backup older than the limit. Nothing is shown while backups are fine. Everyone signed in sees it;
 * only who may run backups gets the button to the backup screen (`onOpen`), the others are told whom to ask.
 */
export function BackupWarning({ onOpen }: { onOpen: (() => void) | null }) {
  const { t } = useTranslation();
  const status = useBackupStatus().data;
  if (!status || (!status.stale && !status.lastFailure)) return null;
  const title = status.lastFailure
    ? t('backup.warnFailed')
    : status.lastGood
      ? t('backup.warnStale', { hours: status.settings.warnAfterHours })
      : t('backup.warnNever');
  return (
    <Alert
      data-testid="backup-warning"
      type={status.lastFailure ? 'error' : 'warning'}
      icon={<WarningOutlined />}
      showIcon
      style={{ margin: '12px 12px 0' }}
      title={title}
      description={
        <>
          {status.lastFailure && <div style={{ fontSize: 12, marginBottom: 6 }}>{errorText(status.lastFailure)}</div>}
          {onOpen ? (
            <Button size="small" onClick={onOpen}>
              {t('backup.warnOpen')}
            </Button>
          ) : (
            <span style={{ fontSize: 12 }}>{t('backup.warnTellAdmin')}</span>
          )}
        </>
      }
    />
  );
}
