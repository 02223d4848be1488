import { ReloadOutlined, UsbOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Radio, Select, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SigningSettings } from '../../../src-shared/contracts/signing.contract';
import { useClient } from '../../bridge/context';
import { SETTINGS_KEY, useTokens, type CertificateReport, type TokenReport } from './use-signing';
import { showDate } from '../../i18n/dates';
import { errorText } from '../../i18n/error-text';

const day = (iso: string) => showDate(iso);

export interface TokenSelection {
  /** Token label or serial number, as `signing.signStored` takes it. */
  token: string;
  keyId: string;
}

/** How a token is named in calls: its serial when it has one (labels can repeat), else its label. */
export const tokenRefOf = (t: TokenReport) => t.serialNumber || t.label;

/**
 * The PKCS#11 library: one of those found on this machine or added from the command line by an
 * administrator (`vanthu token-module --add`); remembered. A window never names a library path.
 */
function ModuleSelect({ settings }: { settings: SigningSettings }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const modules = useQuery({
    queryKey: ['signing.listModules', settings.modulePath, settings.customModulePaths],
    queryFn: () => client.call('signing.listModules', {}),
  });
  const save = useMutation({
    mutationFn: (input: { modulePath: string }) => client.call('signing.saveSettings', input),
    onSuccess: (s) => queryClient.setQueryData(SETTINGS_KEY, s),
  });
  const options = (modules.data?.modules ?? []).map((m) => ({
    value: m.path,
    label: (
      <span title={m.path}>
        <b>{m.name}</b> <Typography.Text type="secondary">{m.path}</Typography.Text>{' '}
        {!m.exists && <Tag color="red">{t('signing.module.missing')}</Tag>}
      </span>
    ),
  }));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>{t('signing.module.label')}</Typography.Text>
      <Select
        style={{ width: '100%' }}
        placeholder={t('signing.module.placeholder')}
        value={settings.modulePath ?? undefined}
        loading={modules.isPending || save.isPending}
        onChange={(v: string) => save.mutate({ modulePath: v })}
        options={options}
        data-testid="module-select"
      />
      {modules.data && modules.data.modules.length === 0 && <Alert type="info" showIcon title={t('signing.module.none')} />}
      <Typography.Text type="secondary" data-testid="module-admin-hint">
        {t('signing.module.adminOnly')}
      </Typography.Text>
      {save.error && <Alert type="error" showIcon title={save.error.message} />}
    </Space>
  );
}

function PinTag({ token }: { token: TokenReport }) {
  const { t } = useTranslation();
  if (token.pin.locked) return <Tag color="red">{t('signing.token.locked')}</Tag>;
  if (token.pin.finalTry) return <Tag color="red">{t('signing.token.finalTry')}</Tag>;
  if (token.pin.countLow) return <Tag color="orange">{t('signing.token.countLow')}</Tag>;
  return <Tag color="green">{t('signing.token.pinOk')}</Tag>;
}

function CertificateCard({ c, testId }: { c: CertificateReport; testId: string }) {
  const { t } = useTranslation();
  return (
    <div style={{ lineHeight: 1.5 }} data-testid={testId}>
      <Space wrap>
        <Typography.Text strong>{c.commonName}</Typography.Text>
        <Tag>{c.keyAlgorithm}</Tag>
        {c.expired && <Tag color="red">{t('signing.cert.expired')}</Tag>}
        {!c.canSign && <Tag color="default">{t('signing.cert.notForSigning')}</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          CKA_ID {c.id}
        </Typography.Text>
      </Space>
      <div style={{ fontSize: 12 }}>
        <Typography.Text type="secondary">{t('signing.cert.subject')}: </Typography.Text>
        {c.subject}
      </div>
      <div style={{ fontSize: 12 }}>
        <Typography.Text type="secondary">{t('signing.cert.issuer')}: </Typography.Text>
        {c.issuer}
      </div>
      <div style={{ fontSize: 12 }}>
        <Typography.Text type="secondary">{t('signing.cert.validity')}: </Typography.Text>
        {day(c.notBefore)} – {day(c.notAfter)}
      </div>
    </div>
  );
}

/**
 * Tokens and their certificates read without a PIN: subject, issuer, validity, key type, and the
 * PIN state of each token (locked, last try) before the clerk types anything.
 */
export function TokenPicker(props: { settings: SigningSettings; value: TokenSelection | null; onChange: (v: TokenSelection) => void }) {
  const { t } = useTranslation();
  const tokens = useTokens(props.settings.modulePath);
  const report = tokens.data?.modules[0];
  const selected = props.value ? `${props.value.token}\n${props.value.keyId}` : undefined;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="token-picker">
      <ModuleSelect settings={props.settings} />
      {props.settings.modulePath && (
        <Button
          size="small"
          icon={<ReloadOutlined />}
          onClick={() => void tokens.refetch()}
          loading={tokens.isFetching}
          data-testid="tokens-refresh"
        >
          {t('signing.module.refresh')}
        </Button>
      )}
      {tokens.isFetching && !report && <Spin size="small" />}
      {tokens.error && <Alert type="error" showIcon title={tokens.error.message} />}
      {report && !report.ok && (
        <Alert
          type="error"
          showIcon
          title={t('signing.token.probeFailed', {
            message: report.message ? errorText({ ...report, message: report.message }) : report.failure,
          })}
        />
      )}
      {report?.ok && report.tokens.length === 0 && <Alert type="warning" showIcon title={t('signing.token.none')} />}
      <Radio.Group
        value={selected}
        onChange={(e) => {
          const [token, keyId] = String(e.target.value).split('\n');
          props.onChange({ token: token!, keyId: keyId! });
        }}
        style={{ width: '100%' }}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          {(report?.tokens ?? []).map((tk) => {
            const certs = tk.certificates.filter((c) => !c.isCA);
            return (
              <Card
                key={tokenRefOf(tk)}
                size="small"
                data-testid={`token-${tk.label}`}
                title={
                  <Space>
                    <UsbOutlined />
                    <span>{tk.label}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {tk.manufacturer} {tk.model} · {tk.serialNumber}
                    </Typography.Text>
                  </Space>
                }
                extra={<PinTag token={tk} />}
              >
                {tk.pinWarning && (
                  <Alert
                    type={tk.pin.locked || tk.pin.finalTry ? 'error' : 'warning'}
                    showIcon
                    title={tk.pinWarning}
                    style={{ marginBottom: 8 }}
                  />
                )}
                {certs.length === 0 && <Typography.Text type="secondary">{t('signing.cert.none')}</Typography.Text>}
                <Space direction="vertical" style={{ width: '100%' }}>
                  {certs.map((c) => (
                    <Radio
                      key={c.id}
                      value={`${tokenRefOf(tk)}\n${c.id}`}
                      disabled={!c.canSign || c.expired || tk.pin.locked}
                      style={{ alignItems: 'flex-start' }}
                    >
                      <CertificateCard c={c} testId={`cert-${tk.label}-${c.id}`} />
                    </Radio>
                  ))}
                </Space>
              </Card>
            );
          })}
        </Space>
      </Radio.Group>
    </Space>
  );
}
