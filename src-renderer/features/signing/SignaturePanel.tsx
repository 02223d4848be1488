import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureReport } from '../../../src-shared/contracts/signing.contract';
import { useClient } from '../../bridge/context';
import { PdfPreview } from '../../components/PdfPreview';
import { REVISIONS_KEY, VERIFY_KEY, verdictColor } from './use-signing';
import { showDateTime } from '../../i18n/dates';

function SignatureCard({ s }: { s: SignatureReport }) {
  const { t } = useTranslation();
  const color = verdictColor(s.verdict);
  return (
    <Card
      size="small"
      data-testid="signature-row"
      data-verdict={s.verdict}
      style={{ borderLeft: `4px solid ${color === 'success' ? '#52c41a' : color === 'warning' ? '#faad14' : '#ff4d4f'}` }}
      title={
        <Space>
          <SafetyCertificateOutlined />
          <span>{s.signer || s.fieldName}</span>
        </Space>
      }
      extra={
        <Tag color={color} data-testid="signature-verdict">
          {t(`signing.panel.verdict.${s.verdict}`)}
        </Tag>
      }
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('signing.panel.organization')}>{s.organization || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('signing.panel.time')}>{showDateTime(s.signingTime, { seconds: true, dash: true })}</Descriptions.Item>
        <Descriptions.Item label={t('signing.panel.covers')}>
          {s.coversWholeFile ? t('signing.panel.coversWhole') : t('signing.panel.coversPart')}
        </Descriptions.Item>
        <Descriptions.Item label={t('signing.panel.level')}>{s.level}</Descriptions.Item>
      </Descriptions>
      {s.verdict !== 'VALID' && (
        <Typography.Text type={color === 'error' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {s.message}
        </Typography.Text>
      )}
    </Card>
  );
}

/**
 * The signatures of a stored PDF, verified by the main process: signer, organization, signing time,
 * what each covers and its verdict. With `entryId`, the newest signed revision of that register
 * entry is verified (the registered file stays the unsigned original) and its history is listed.
 */
export function SignaturePanel({ sha256, entryId }: { sha256: string; entryId?: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [showSigned, setShowSigned] = useState(false);
  const revs = useQuery({
    queryKey: [REVISIONS_KEY, entryId],
    queryFn: () => client.call('signing.listRevisions', { entryIds: [entryId!] }),
    enabled: entryId !== undefined,
  });
  const entry = revs.data?.entries[0];
  const current = entry?.currentSha256 ?? sha256;
  const ready = entryId === undefined || revs.isSuccess || revs.isError;
  const v = useQuery({
    queryKey: [VERIFY_KEY, current],
    queryFn: () => client.call('signing.verifyStored', { sha256: current }),
    enabled: ready,
    staleTime: 60_000,
  });
  const role = (r: string) => t(`signing.role.${r}`);

  return (
    <div data-testid="signature-panel" style={{ marginTop: 12 }}>
      <Typography.Title level={5}>{t('signing.panel.title')}</Typography.Title>
      {(v.isPending || !ready) && <Spin size="small" tip={t('signing.panel.loading')} />}
      {v.error && <Alert type="error" showIcon title={v.error.message} />}
      {v.data && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {v.data.fileState === 'damaged' ? (
            <Alert type="error" showIcon title={t('signing.panel.damaged')} description={v.data.damage} data-testid="signature-summary" />
          ) : v.data.signatures.length === 0 ? (
            <Alert type="info" showIcon title={t('signing.panel.none')} />
          ) : (
            <Alert
              type={v.data.allValid ? 'success' : 'error'}
              showIcon
              title={v.data.allValid ? t('signing.panel.allValid') : t('signing.panel.notAllValid')}
              data-testid="signature-summary"
            />
          )}
          {v.data.signatures.map((s) => (
            <SignatureCard key={s.fieldName} s={s} />
          ))}
        </Space>
      )}
      {entry && entry.revisions.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('signing.panel.revisions')}</Typography.Text>
          <Timeline
            style={{ marginTop: 8 }}
            items={entry.revisions.map((r) => ({
              color: 'green',
              content: t('signing.panel.revision', {
                role: role(r.role),
                signer: r.signer,
                time: showDateTime(r.signingTime, { seconds: true, dash: true }),
              }),
            }))}
          />
          {current !== sha256 && (
            <>
              <Button size="small" onClick={() => setShowSigned((x) => !x)} data-testid="show-signed">
                {showSigned ? t('signing.panel.hideSigned') : t('signing.panel.showSigned')}
              </Button>
              {showSigned && (
                <div style={{ marginTop: 8 }}>
                  <PdfPreview sha256={current} width={520} />
                </div>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
