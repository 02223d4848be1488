import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry, RegisterWarning } from '../../../src-shared/contracts/register.contract';
import { PdfPreview } from '../../components/PdfPreview';
import { IncomingForm } from '../register/IncomingForm';
import { filledCount, toPrefill } from './prefill';
import type { Assembled } from './use-intake-batch';

/**
 * The assembled PDF beside the incoming form prefilled from its reading: the clerk compares each
 * yellow field with the scan, corrects, and registers (Ctrl+Enter as in the register's own form).
 */
export function ReviewStep(props: {
  assembled: Assembled;
  onBack: () => void;
  onRegistered: (e: RegisterEntry, w: RegisterWarning[]) => void;
}) {
  const { t } = useTranslation();
  const { file, ocr, warnings } = props.assembled;
  const prefill = useMemo(() => toPrefill(file, ocr), [file, ocr]);
  const filled = filledCount(prefill);
  return (
    <Row gutter={20} wrap={false} data-testid="intake-review">
      <Col flex="460px">
        <Space style={{ marginBottom: 8 }}>
          <Button icon={<ArrowLeftOutlined />} onClick={props.onBack} data-testid="intake-back">
            {t('intake.review.back')}
          </Button>
          <Typography.Text type="secondary">{t('intake.review.scan')}</Typography.Text>
        </Space>
        <PdfPreview sha256={file.sha256} width={440} />
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Alert
          type={ocr && filled > 0 ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={
            !ocr
              ? t('intake.review.noOcr')
              : filled > 0
                ? t('intake.review.summary', { filled, engine: ocr.engine })
                : t('intake.review.nothing')
          }
          data-testid="intake-prefill-summary"
        />
        {warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('intake.assemble.warnings')}
            description={warnings.join(' ')}
          />
        )}
        <IncomingForm prefill={prefill} onRegistered={props.onRegistered} />
      </Col>
    </Row>
  );
}
