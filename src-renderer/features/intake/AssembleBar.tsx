import { FilePdfOutlined, FileSearchOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntakeBatchState } from './use-intake-batch';

/** Assembly into the ND30 PDF, with or without OCR; progress and cancel while it runs. */
export function AssembleBar({ s, onAssemble }: { s: IntakeBatchState; onAssemble: (ocr: boolean) => void }) {
  const { t } = useTranslation();
  const pages = s.batch?.pages.length ?? 0;
  if (s.busy === 'assemble') {
    const p = s.progress;
    const label =
      p && p.total
        ? t(p.stage === 'ocr' ? 'intake.assemble.ocrStage' : 'intake.assemble.assembleStage', { done: p.done, total: p.total })
        : t('intake.assemble.starting');
    const pct = p && p.total ? Math.round((p.done / p.total) * 100) : 0;
    return (
      <Space style={{ width: '100%', justifyContent: 'flex-end', marginTop: 12 }} data-testid="intake-assembling">
        <Typography.Text>{label}</Typography.Text>
        <Progress percent={pct} status="active" size="small" style={{ width: 220, margin: 0 }} />
        <Button danger icon={<StopOutlined />} onClick={s.cancel} data-testid="intake-assemble-cancel">
          {t('intake.assemble.cancel')}
        </Button>
      </Space>
    );
  }
  const disabled = pages === 0 || s.busy !== null || s.batch?.status === 'scanning';
  return (
    <Space style={{ width: '100%', justifyContent: 'flex-end', marginTop: 12 }}>
      <Button icon={<FilePdfOutlined />} disabled={disabled} onClick={() => onAssemble(false)} data-testid="intake-assemble">
        {t('intake.assemble.plain')}
      </Button>
      <Button type="primary" icon={<FileSearchOutlined />} disabled={disabled} onClick={() => onAssemble(true)} data-testid="intake-ocr">
        {t('intake.assemble.ocr')}
      </Button>
    </Space>
  );
}
