import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AgencyProfileSchema, type AgencyProfile, type AgencyProfileInput } from '../../../src-shared/contracts/agency.contract';
import { composeCodeNotation } from '../../../src-shared/domain/code-notation';
import { formatPartySoKyHieu } from '../../../src-shared/domain/so-ky-hieu';
import { formatNgayThangNam, vnDate } from '../../../src-shared/domain/vn-time';
import { useClient } from '../../bridge/context';
import { enterMovesOn } from '../../components/enter-moves-on';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateInput } from '../register/inputs';
import { AgencyFields, type AgencyField } from './AgencyFields';

const STEPS: { key: 'agency' | 'code' | 'place' | 'confirm'; fields: AgencyField[] }[] = [
  { key: 'agency', fields: ['name', 'parentName', 'system'] },
  { key: 'code', fields: ['code', 'abbreviation'] },
  { key: 'place', fields: ['address', 'placeName'] },
  { key: 'confirm', fields: [] },
];

function previewNotation(abbreviation: string, system: string | undefined): string {
  try {
    if (system === 'party')
      return formatPartySoKyHieu({ number: 1, typeAbbreviation: 'NQ', issuerAbbreviation: abbreviation }, { prefix: true });
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
    defaultValues: { name: '', parentName: '', code: '', abbreviation: '', address: '', placeName: '', system: 'state' },
  });
  // A Party body numbers per term (nhiệm kỳ): the current term is asked for with the profile.
  const [term, setTerm] = useState({ name: '', startDate: '' });
  const [termError, setTermError] = useState<string | null>(null);
  // Optional: the first quản trị account. Left empty, the app works without signing in, as before.
  const [admin, setAdmin] = useState({ username: '', fullName: '', password: '' });
  const save = useMutation({
    mutationFn: async (profile: AgencyProfile) => {
      const saved = await client.call('agency.saveProfile', profile);
      if (profile.system === 'party') {
        const terms = await client.call('agency.listTerms', {});
        if (terms.items.length === 0) await client.call('agency.addTerm', { name: term.name, startDate: term.startDate, endDate: null });
      }
      if (admin.username.trim() !== '') {
        const status = await client.call('accounts.createFirstAdmin', admin);
        queryClient.setQueryData(['accounts.status'], status);
      }
      return saved;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['app.info'] }),
  });

  const current = STEPS[step]!;
  const next = async () => {
    if (current.key === 'confirm') {
      await form.handleSubmit((profile) => save.mutate(profile))();
      return;
    }
    if (!(await form.trigger(current.fields, { shouldFocus: true }))) return;
    if (current.key === 'place' && form.getValues('system') === 'party') {
      if (!term.name.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(term.startDate)) {
        setTermError(t('agency.termNameHelp'));
        return;
      }
    }
    setTermError(null);
    setStep(step + 1);
  };
  const values = form.watch();
  const party = values.system === 'party';

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <Card style={{ width: 720 }} data-testid="setup-wizard">
        <Typography.Title level={3}>{t('wizard.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('wizard.intro')}</Typography.Paragraph>
        <Steps current={step} size="small" style={{ marginBottom: 24 }} items={STEPS.map((s) => ({ title: t(`wizard.steps.${s.key}`) }))} />
        <Form layout="vertical" onKeyDown={enterMovesOn(() => void next())} component="div">
          {current.key !== 'confirm' ? (
            <>
              <AgencyFields fields={current.fields} control={form.control} errors={form.formState.errors} />
              {current.key === 'place' && party && (
                <>
                  <Form.Item
                    label={t('agency.termName')}
                    required
                    help={termError ?? t('agency.termNameHelp')}
                    validateStatus={termError ? 'error' : undefined}
                  >
                    <Input value={term.name} onChange={(e) => setTerm({ ...term, name: e.target.value })} data-testid="agency-termName" />
                  </Form.Item>
                  <Form.Item label={t('agency.termStart')} required>
                    <DateInput value={term.startDate || null} onChange={(v) => setTerm({ ...term, startDate: v ?? '' })} />
                  </Form.Item>
                </>
              )}
            </>
          ) : (
            <Descriptions column={1} bordered size="small" data-testid="wizard-summary">
              {STEPS.flatMap((s) => s.fields)
                .filter((f) => f !== 'system')
                .map((f) => (
                  <Descriptions.Item key={f} label={t(`agency.${f}`)}>
                    {String(values[f] ?? '').trim()}
                  </Descriptions.Item>
                ))}
              <Descriptions.Item label={t('agency.system')}>{t(party ? 'agency.systemParty' : 'agency.systemState')}</Descriptions.Item>
              {party && <Descriptions.Item label={t('agency.termName')}>{`${term.name} (${term.startDate})`}</Descriptions.Item>}
              <Descriptions.Item label={t('wizard.previewNotation')}>
                <span data-testid="wizard-preview-notation">
                  {previewNotation(String(values.abbreviation ?? '').trim(), values.system)}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('wizard.previewDate')}>
                <i>{formatNgayThangNam(vnDate(new Date()), String(values.placeName ?? '').trim())}</i>
              </Descriptions.Item>
            </Descriptions>
          )}
          {current.key === 'confirm' && (
            <Card size="small" title={t('accounts.wizard.title')} style={{ marginTop: 16 }} data-testid="wizard-admin">
              <Typography.Paragraph type="secondary">{t('accounts.wizard.help')}</Typography.Paragraph>
              <Space wrap>
                <Input
                  placeholder={t('accounts.signIn.username')}
                  value={admin.username}
                  onChange={(e) => setAdmin({ ...admin, username: e.target.value })}
                  data-testid="wizard-admin-username"
                />
                <Input
                  placeholder={t('accounts.card.fullName')}
                  value={admin.fullName}
                  onChange={(e) => setAdmin({ ...admin, fullName: e.target.value })}
                  data-testid="wizard-admin-fullName"
                />
                <Input.Password
                  placeholder={t('accounts.signIn.password')}
                  autoComplete="new-password"
                  value={admin.password}
                  onChange={(e) => setAdmin({ ...admin, password: e.target.value })}
                  data-testid="wizard-admin-password"
                />
              </Space>
            </Card>
          )}
          {save.error && <ErrorAlert error={save.error} style={{ marginTop: 16 }} />}
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
