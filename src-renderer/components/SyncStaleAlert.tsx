import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { syncTime, useSyncHealth } from './use-sync-health';

/** The outage warning of Việc cần làm: no successful hub sync for half a working day. */
export function SyncStaleAlert() {
  const { t } = useTranslation();
  const h = useSyncHealth().data;
  if (!h?.Stale) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('status.stale')}
      description={h.LastSuccessAt ? t('status.staleDetail', { at: syncTime(h.LastSuccessAt) }) : t('status.staleNever')}
      data-testid="sync-stale"
    />
  );
}
