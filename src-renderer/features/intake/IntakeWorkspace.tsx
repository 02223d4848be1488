import { Alert, Col, Drawer, Row, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry, RegisterWarning } from '../../../src-shared/contracts/register.contract';
import { AssembleBar } from './AssembleBar';
import { BatchList, ResumeOffers } from './BatchList';
import { DoneStep } from './DoneStep';
import { PageEditor } from './PageEditor';
import { ReviewStep } from './ReviewStep';
import { DEFAULT_CHOICE, SourcePanel, toScanSettings, type SourceChoice } from './SourcePanel';
import { useIntakeBatch, type Anchor, type Assembled } from './use-intake-batch';

type Step = { at: 'pages' } | { at: 'review'; assembled: Assembled } | { at: 'done'; entry: RegisterEntry };

/**
 * Paper (or files) to a registered incoming document: pick a source and scan or drop files, edit the
 * pages, make the PDF with OCR, check the prefilled form, register; optionally stamp ĐẾN.
 */
export function IntakeWorkspace({
  onRegistered,
  onClose,
}: {
  onRegistered: (e: RegisterEntry, w: RegisterWarning[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const s = useIntakeBatch();
  const [choice, setChoice] = useState<SourceChoice>(DEFAULT_CHOICE);
  const [step, setStep] = useState<Step>({ at: 'pages' });

  const scan = (anchor: Anchor = {}) => {
    const settings = toScanSettings(choice);
    if (settings) void s.scan(settings, anchor);
  };
  const assemble = async (ocr: boolean) => {
    const r = await s.assemble(ocr);
    if (r) setStep({ at: 'review', assembled: r });
  };
  const current = step.at === 'pages' ? 0 : step.at === 'review' ? 1 : 2;

  return (
    <div data-testid="intake-workspace">
      <Steps
        size="small"
        current={current}
        style={{ marginBottom: 16, maxWidth: 720 }}
        items={[{ title: t('intake.steps.pages') }, { title: t('intake.steps.review') }, { title: t('intake.steps.done') }]}
      />
      {step.at === 'pages' && (
        <Row gutter={20} wrap={false}>
          <Col flex="320px">
            <SourcePanel
              s={s}
              choice={choice}
              onChoice={setChoice}
              onScan={() => scan()}
              onHotFolder={(ids) => ids[0] && void s.open(ids[0])}
            />
            <div style={{ marginTop: 16 }}>
              <BatchList s={s} />
            </div>
          </Col>
          <Col flex="auto" style={{ minWidth: 0 }}>
            <ResumeOffers s={s} />
            {s.notice && (
              <Alert
                type={s.notice.type}
                showIcon
                closable={{ onClose: () => s.setNotice(null) }}
                title={s.notice.text}
                description={s.notice.detail}
                style={{ marginBottom: 10 }}
                data-testid="intake-notice"
              />
            )}
            {(s.batch?.warnings ?? []).length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('intake.assemble.warnings')}
                description={s.batch!.warnings.join(' ')}
                style={{ marginBottom: 10 }}
                data-testid="intake-batch-warnings"
              />
            )}
            <PageEditor s={s} onScan={scan} />
            <AssembleBar s={s} onAssemble={(ocr) => void assemble(ocr)} />
          </Col>
        </Row>
      )}
      {step.at === 'review' && (
        <ReviewStep
          assembled={step.assembled}
          onBack={() => setStep({ at: 'pages' })}
          onRegistered={(entry, warnings) => {
            onRegistered(entry, warnings);
            setStep({ at: 'done', entry });
          }}
        />
      )}
      {step.at === 'done' && (
        <DoneStep
          entry={step.entry}
          onNext={() => {
            s.reset();
            s.setNotice(null);
            setStep({ at: 'pages' });
          }}
          onClose={onClose}
        />
      )}
    </div>
  );
}

/** The drawer the Văn bản đến page opens with "Quét / nhập tệp"; it stays mounted so a running scan keeps its screen. */
export function IntakeDrawer(props: {
  open: boolean;
  onClose: () => void;
  onRegistered: (e: RegisterEntry, w: RegisterWarning[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer open={props.open} onClose={props.onClose} size="calc(100vw - 120px)" title={t('intake.title')} data-testid="intake-drawer">
      <IntakeWorkspace onRegistered={props.onRegistered} onClose={props.onClose} />
    </Drawer>
  );
}
