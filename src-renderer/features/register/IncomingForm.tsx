import { zodResolver } from '@hookform/resolvers/zod';
import { Col, Input, Radio, Row, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  IncomingInputSchema,
  type IncomingInput,
  type IncomingRecord,
  type RegisterEntry,
  type RegisterWarning,
} from '../../../src-shared/contracts/register.contract';
import { findDocumentKindByCode } from '../../../src-shared/domain/document-kinds';
import { domainText } from '../../../src-shared/domain/domain-result';
import { readSoKyHieu } from '../../../src-shared/domain/so-ky-hieu';
import { vnDate } from '../../../src-shared/domain/vn-time';
import { useClient } from '../../bridge/context';
import { FormField } from '../../components/FormField';
import { errorText } from '../../i18n/error-text';
import type { ErrorParams } from '../../../src-shared/rpc/error-texts/fill';
import { ClosingFields } from './ClosingFields';
import { RegistrationForm } from './RegistrationForm';
import { SecrecyFields } from './SecrecyFields';
import { CountField, DateField, OrganNameField, PriorityField, TextAreaField, TextField, TypeNameField } from './fields';
import { useRegistration } from './use-registration';

const blank = (): IncomingInput => ({
  SoKyHieu: '',
  OrganName: '',
  IssuedDate: null,
  TypeName: '',
  Subject: '',
  PageAmount: null,
  Priority: 'thuong',
  Confidentiality: 'none',
  ChannelRestriction: null,
  Medium: 'giay',
  ArrivalDate: vnDate(new Date()),
  DueDate: null,
  ToPlaces: '',
  Description: '',
  SignerInfo: { Position: '', FullName: '' },
  FileSha256: null,
});

/** Fields the intake can read from a scan (OCR of page 1). */
export type PrefillField = 'SoKyHieu' | 'OrganName' | 'IssuedDate' | 'TypeName' | 'Subject' | 'SignerInfo.FullName' | 'Confidentiality';

/**
 * Values read from a scan: the clerk confirms every one; those read with low confidence, or that the
 * reader flagged (e.g. a ký hiệu off the ND30 pattern), are shown in yellow until the clerk edits them.
 */
export interface IncomingPrefill {
  values: Partial<IncomingInput>;
  /** 0–1 per field. */
  confidence: Partial<Record<PrefillField, number>>;
  /** The reader's doubts: the Vietnamese message, with its key and params when it has one (shown via errorText). */
  flags: { field: PrefillField; message: string; code?: string; params?: ErrorParams }[];
  FileSha256: string;
  pageCount: number | null;
}

/** Below this a read value is highlighted for checking. */
export const LOW_CONFIDENCE = 0.7;

function valueAt(v: Partial<IncomingInput>, f: PrefillField): unknown {
  return f === 'SignerInfo.FullName' ? v.SignerInfo?.FullName : v[f];
}

/** The warning to show under a field, or undefined once the clerk has changed the read value. */
function prefillWarning(
  prefill: IncomingPrefill | undefined,
  f: PrefillField,
  current: Partial<IncomingInput>,
  low: string,
): string | undefined {
  if (!prefill) return undefined;
  const read = valueAt(prefill.values, f);
  if (!read || read !== valueAt(current, f)) return undefined;
  // The reader's own doubt names what to check; otherwise a low confidence gets the general warning.
  const notes = prefill.flags.filter((x) => x.field === f).map((x) => errorText(x));
  if (notes.length > 0) return notes.join(' ');
  return (prefill.confidence[f] ?? 0) < LOW_CONFIDENCE ? low : undefined;
}

/** "Số, ký hiệu" parsed as typed: the clerk sees số and ký hiệu split, or what is wrong. */
function SoKyHieuHint({ text }: { text: string }) {
  const { t } = useTranslation();
  if (!text.trim()) return <>{t('register.form.soKyHieuHelp')}</>;
  const r = readSoKyHieu(text);
  if (!r.ok) return <Typography.Text type="warning">{errorText(domainText(r.error))}</Typography.Text>;
  const v = r.value;
  if (v.system === 'unparsed')
    return (
      <Typography.Text type="warning" data-testid="so-ky-hieu-note">
        {v.notes[0] && errorText(domainText(v.notes[0]))}
      </Typography.Text>
    );
  const parsed = t(v.system === 'party' ? 'register.form.parsedParty' : 'register.form.parsed', {
    number: v.codeNumber,
    notation: v.codeNotation,
  });
  return (
    <Typography.Text type={v.notes.length > 0 ? 'warning' : 'secondary'} data-testid="so-ky-hieu-note">
      {v.notes.length > 0 ? `${parsed} — ${errorText({ ...v.notes[0]!, code: v.notes[0]!.key })}` : parsed}
    </Typography.Text>
  );
}

/** Vào sổ văn bản đến: keyboard-first; Enter moves on, Ctrl+Enter registers, the form stays open for the next one. */
export function IncomingForm({
  onRegistered,
  prefill,
}: {
  onRegistered: (e: RegisterEntry, w: RegisterWarning[]) => void;
  prefill?: IncomingPrefill;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const form = useForm<IncomingInput, unknown, IncomingRecord>({ resolver: zodResolver(IncomingInputSchema), defaultValues: blank() });
  const firstRef = useRef<HTMLInputElement>(null);
  const soKyHieu = useWatch({ control: form.control, name: 'SoKyHieu' }) ?? '';
  const current = useWatch({ control: form.control }) as Partial<IncomingInput>;
  const warn = (f: PrefillField) => prefillWarning(prefill, f, current, t('intake.prefill.low'));
  // A new reading (another scan) replaces the form's content; the clerk then confirms field by field.
  useEffect(() => {
    if (prefill) form.reset({ ...blank(), ...prefill.values, FileSha256: prefill.FileSha256 });
  }, [prefill, form]);
  const reg = useRegistration(
    (input: IncomingInput) => client.call('register.addIncoming', input),
    (entry, warnings) => {
      onRegistered(entry, warnings);
      form.reset({ ...blank(), ArrivalDate: form.getValues('ArrivalDate'), Medium: form.getValues('Medium') });
      firstRef.current?.focus();
    },
  );
  const submit = () => void form.handleSubmit(() => reg.submit(form.getValues()))();

  const onSoKyHieuBlur = () => {
    // A recognised type abbreviation fills Tên loại when the clerk has not chosen one.
    const r = readSoKyHieu(soKyHieu);
    if (r.ok && r.value.typeCode && !form.getValues('TypeName')) {
      const type = findDocumentKindByCode(r.value.typeCode);
      if (type) form.setValue('TypeName', type.group === 'party' || type.group === 'party-paper' ? type.code : type.name);
    }
  };

  const { control } = form;
  return (
    <RegistrationForm testId="incoming-form" reg={reg} submit={submit} submitLabel={t('register.form.submit')}>
      <Row gutter={12}>
        <Col span={8}>
          <FormField
            name="SoKyHieu"
            label={t('register.form.soKyHieu')}
            control={control}
            extra={undefined}
            warning={warn('SoKyHieu')}
            render={(f) => (
              <Input
                {...f}
                value={f.value ?? ''}
                ref={(el) => {
                  f.ref(el);
                  firstRef.current = el?.input ?? null;
                }}
                onBlur={() => {
                  f.onBlur();
                  onSoKyHieuBlur();
                }}
                autoFocus
                data-testid="field-SoKyHieu"
              />
            )}
          />
          <div style={{ marginTop: -16, marginBottom: 12, fontSize: 12 }}>
            <SoKyHieuHint text={soKyHieu} />
          </div>
        </Col>
        <OrganNameField span={10} name="OrganName" required control={control} warning={warn('OrganName')} />
        <DateField span={6} name="IssuedDate" control={control} warning={warn('IssuedDate')} />
      </Row>
      <Row gutter={12}>
        <TypeNameField span={8} name="TypeName" required control={control} warning={warn('TypeName')} />
        <TextAreaField span={16} name="Subject" required control={control} warning={warn('Subject')} testId="field-Subject" />
      </Row>
      <Row gutter={12}>
        <TextField span={6} name="SignerInfo.Position" control={control} />
        <TextField span={6} name="SignerInfo.FullName" control={control} warning={warn('SignerInfo.FullName')} />
        <CountField span={4} name="PageAmount" control={control} />
        <PriorityField span={4} name="Priority" control={control} />
        <Col span={4}>
          <FormField
            name="Medium"
            label={t('register.form.medium')}
            control={control}
            render={(f) => (
              <Radio.Group {...f} optionType="button" size="small">
                <Radio.Button value="giay">{t('register.form.paper')}</Radio.Button>
                <Radio.Button value="dien-tu">{t('register.form.electronic')}</Radio.Button>
              </Radio.Group>
            )}
          />
        </Col>
      </Row>
      <SecrecyFields control={control} warning={warn('Confidentiality')} />
      <ClosingFields
        control={control}
        lead={<DateField span={6} name="ArrivalDate" control={control} />}
        trail={<TextField span={12} name="ToPlaces" control={control} />}
        stored={
          prefill && {
            sha256: prefill.FileSha256,
            note: (
              <Typography.Text type="success" data-testid="prefill-file">
                {t('intake.prefill.file', { pages: prefill.pageCount ?? '?' })}
              </Typography.Text>
            ),
          }
        }
      />
    </RegistrationForm>
  );
}
