import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConnectivity } from '../bridge/context';

export function OnlineIndicator() {
  const { t } = useTranslation();
  const { online, bridgeConnected } = useConnectivity();
  const hint = !bridgeConnected ? t('status.bridgeDown') : online ? undefined : t('status.offlineHint');
  return (
    <Tooltip title={hint}>
      <span data-testid="online-indicator" data-online={online}>
        <Badge status={online ? 'success' : 'warning'} text={online ? t('status.online') : t('status.offline')} />
      </span>
    </Tooltip>
  );
}
