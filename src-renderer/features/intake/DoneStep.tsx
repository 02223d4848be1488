import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Result, Row, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { useClient } from '../../bridge/context';
import { PdfPreview } from '../../components/PdfPreview';

/**
 * After registration. When the agency stamps incoming scans (intake setting `arrivalStamp`), the
 * ĐẾN block goes on page 1 as a new stored revision and is shown here; the original scan stays as
 * registered.
 */
export function DoneStep({ entry, onNext, onClose }: { entry: RegisterEntry; onNext: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const settings = useQuery({ queryKey: ['intake.settings'], queryFn: () => client.call('intake.getSettings', {}) });
  const sha = entry.File?.sha256 ?? null;
  const wantStamp = Boolean(settings.data?.arrivalStamp && sha && entry.ArrivalNumber !== null);
  const stamp = useQuery({
    queryKey: ['intake.stampArrival', entry.id],
    enabled: wantStamp,
    staleTime: Infinity,
    retry: false,
    queryFn: () =>
      client.call('intake.stampArrival', {
        sha256: sha!,
        ArrivalNumber: entry.ArrivalNumber!,
        ArrivalDate: (entry.ArrivalDate ?? entry.RegisteredAt).slice(0, 10),
      }),
  });

  return (
    <Row gutter={24} wrap={false} data-testid="intake-done">
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Result
          status="success"
          title={t('intake.done.registered', { number: entry.ArrivalNumber })}
          subTitle={[entry.SoKyHieu, entry.OrganName, entry.Subject].filter(Boolean).join(' · ')}
          style={{ padding: '24px 0' }}
          extra={
            <Space>
              <Button type="primary" onClick={onNext} autoFocus data-testid="intake-next">
                {t('intake.done.next')}
              </Button>
              <Button onClick={onClose}>{t('intake.done.close')}</Button>
            </Space>
          }
        />
        {stamp.isError && <Alert type="error" showIcon title={t('intake.done.stampFailed', { message: stamp.error.message })} />}
      </Col>
      {wantStamp && (
        // The whole page in view: the block goes wherever page 1 has room, often at the bottom.
        <Col flex="420px" data-testid="intake-stamped">
          {stamp.isPending && (
            <Spin tip={t('intake.done.stamping')}>
              <div style={{ height: 120 }} />
            </Spin>
          )}
          {stamp.data && (
            <>
              <Alert type="success" showIcon title={t('intake.done.stamped')} style={{ marginBottom: 8 }} />
              <PdfPreview sha256={stamp.data.file.sha256} width={400} />
            </>
          )}
        </Col>
      )}
    </Row>
  );
}
