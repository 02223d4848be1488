import { Badge, Tooltip } from 'antd';
import { ShellText } from './ShellText';
import { useTranslation } from 'react-i18next';
import { useConnectivity } from '../bridge/context';
import { syncTime, useSyncHealth } from './use-sync-health';

export function OnlineIndicator() {
  const { t } = useTranslation();
  const { online, bridgeConnected } = useConnectivity();
  const health = useSyncHealth().data;
  const stale = health?.Stale === true;
  const hint = !bridgeConnected ? t('status.bridgeDown') : stale ? t('status.stale') : online ? undefined : t('status.offlineHint');
  const last = health?.Configured
    ? health.LastSuccessAt
      ? t('status.lastSync', { at: syncTime(health.LastSuccessAt) })
      : t('status.neverSynced')
    : null;
  return (
    <Tooltip title={hint}>
      <span data-testid="online-indicator" data-online={online} data-stale={stale}>
        <Badge status={stale ? 'error' : online ? 'success' : 'warning'} text={online ? t('status.online') : t('status.offline')} />
        {last && (
          <ShellText type={stale ? 'danger' : 'secondary'} style={{ marginLeft: 8, fontSize: 12 }} data-testid="last-sync">
            {last}
          </ShellText>
        )}
      </span>
    </Tooltip>
  );
}
