import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  AgencyProfileSchema,
  type AgencyProfile,
  type AgencyProfileInput,
} from '../../../src-shared/contracts/agency.contract';
import { composeCodeNotation } from '../../../src-shared/domain/code-notation';
import { formatNgayThangNam, vnDate } from '../../../src-shared/domain/vn-time';
import { useClient } from '../../bridge/context';
import { enterMovesOn } from '../../components/enter-moves-on';
import { AgencyFields, type AgencyField } from './AgencyFields';

const STEPS: { key: 'agency' | 'code' | 'place' | 'confirm'; fields: AgencyField[] }[] = [
  { key: 'agency', fields: ['name', 'parentName'] },
  { key: 'code', fields: ['code', 'abbreviation'] },
  { key: 'place', fields: ['address', 'placeName'] },
  { key: 'confirm', fields: [] },
];

function previewNotation(abbreviation: string): string {
  try {
    return `01/${composeCodeNotation({ typeAbbreviation: 'QĐ', agencyAbbreviation: abbreviation })}`;
  } catch {
    return '—';
  }
}

/** First run: records the agency profile in four short steps, validated by the shared contract schema. */
export function SetupWizard() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const form = useForm<AgencyProfileInput, unknown, AgencyProfile>({
    resolver: zodResolver(AgencyProfileSchema),
    mode: 'onTouched',
    defaultValues: { name: '', parentName: '', code: '', abbreviation: '', address: '', placeName: '' },
  });
  const save = useMutation({
    mutationFn: (profile: AgencyProfile) => client.call('agency.saveProfile', profile),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['app.info'] }),
  });

  const current = STEPS[step]!;
  const next = async () => {
    if (current.key === 'confirm') {
      await form.handleSubmit((profile) => save.mutate(profile))();
      return;
    }
    if (await form.trigger(current.fields, { shouldFocus: true })) setStep(step + 1);
  };
  const values = form.watch();

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <Card style={{ width: 720 }} data-testid="setup-wizard">
        <Typography.Title level={3}>{t('wizard.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('wizard.intro')}</Typography.Paragraph>
        <Steps current={step} size="small" style={{ marginBottom: 24 }} items={STEPS.map((s) => ({ title: t(`wizard.steps.${s.key}`) }))} />
        <Form layout="vertical" onKeyDown={enterMovesOn(() => void next())} component="div">
          {current.key !== 'confirm' ? (
            <AgencyFields fields={current.fields} control={form.control} errors={form.formState.errors} />
          ) : (
            <Descriptions column={1} bordered size="small" data-testid="wizard-summary">
              {STEPS.flatMap((s) => s.fields).map((f) => (
                <Descriptions.Item key={f} label={t(`agency.${f}`)}>
                  {String(values[f] ?? '').trim()}
                </Descriptions.Item>
              ))}
              <Descriptions.Item label={t('wizard.previewNotation')}>{previewNotation(String(values.abbreviation ?? '').trim())}</Descriptions.Item>
              <Descriptions.Item label={t('wizard.previewDate')}>
                <i>{formatNgayThangNam(vnDate(new Date()), String(values.placeName ?? '').trim())}</i>
              </Descriptions.Item>
            </Descriptions>
          )}
          {save.error && (
            <Alert type="error" showIcon style={{ marginTop: 16 }} title={t('common.errorTitle')} description={save.error.message} />
          )}
          <Space style={{ marginTop: 24, width: '100%', justifyContent: 'flex-end' }}>
            <Button disabled={step === 0 || save.isPending} onClick={() => setStep(step - 1)}>
              {t('common.back')}
            </Button>
            <Button type="primary" loading={save.isPending} onClick={() => void next()} data-testid="wizard-next">
              {current.key === 'confirm' ? t('common.finish') : t('common.next')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
