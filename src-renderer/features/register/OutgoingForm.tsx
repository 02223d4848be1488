import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Checkbox, Col, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  OutgoingInputSchema,
  type OutgoingInput,
  type OutgoingRecord,
  type RegisterEntry,
  type RegisterWarning,
} from '../../../src-shared/contracts/register.contract';
import { useClient } from '../../bridge/context';
import { enterMovesOn } from '../../components/enter-moves-on';
import { FormField } from '../../components/FormField';
import { EntryPicker } from '../workflow/EntryPicker';
import { RegistrationFooter } from './RegistrationFooter';
import { findDocumentKindByCode } from '../../../src-shared/domain/document-kinds';
import { CountField, DateField, PriorityField, TextAreaField, TextField } from './fields';
import { PdfUpload, TypeNameSelect } from './inputs';
import { SecrecyFields } from './SecrecyFields';
import { useRegistration } from './use-registration';

const blank = (): OutgoingInput => ({
  TypeName: '',
  UnitAbbreviation: '',
  IssuerAbbreviation: '',
  TypeAbbreviation: '',
  Congress: false,
  Subject: '',
  SignerInfo: { Position: '', FullName: '' },
  To: [],
  IssuedAmount: null,
  PageAmount: null,
  Priority: 'thuong',
  Confidentiality: 'none',
  ChannelRestriction: null,
  Medium: 'dien-tu',
  DueDate: null,
  ArchiveKeeper: '',
  Description: '',
  FileSha256: null,
});

/** Recipients typed one per line become the contract's To list. */
function linesToRecipients(text: string): OutgoingInput['To'] {
  return (
    text
      .split('\n')
      // "- Như Điều 3;" as written in a Nơi nhận block: drop the bullet and the trailing punctuation.
      .map((l) =>
        l
          .replace(/^[-–•+]\s*/, '')
          .replace(/[;,.]+\s*$/, '')
          .trim(),
      )
      .filter((l) => l.length > 0)
      .map((OrganName) => ({ OrganName }))
  );
}

/** Đăng ký văn bản đi: the register gives số and composes ký hiệu; the form never types a number. */
export function OutgoingForm({ onRegistered }: { onRegistered: (e: RegisterEntry, w: RegisterWarning[]) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const form = useForm<OutgoingInput, unknown, OutgoingRecord>({ resolver: zodResolver(OutgoingInputSchema), defaultValues: blank() });
  const [recipients, setRecipients] = useState('');
  // The incoming documents this one answers: completed "có văn bản trả lời" in the same transaction as its number.
  const [answers, setAnswers] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const afterAnswered = async () => {
    setAnswers([]);
    await queryClient.invalidateQueries({ queryKey: ['workflow'] });
  };
  // The agency's system decides the types offered and the notation fields (Party: issuer, congress series).
  const profile = useQuery({ queryKey: ['agency.getProfile'], queryFn: () => client.call('agency.getProfile', {}) });
  const party = profile.data?.system === 'party';
  // A Party type the catalogue marks "chưa có ký hiệu chuẩn": the clerk types its abbreviation.
  const typeName = form.watch('TypeName');
  // The agency's own types share the picker's query (Cài đặt › Loại văn bản do cơ quan bổ sung).
  const customTypes = useQuery({ queryKey: ['agency.listTypes'], queryFn: () => client.call('agency.listTypes', {}), enabled: party });
  const chosenKind =
    party && typeName ? (findDocumentKindByCode(typeName) ?? customTypes.data?.items.find((c) => c.code === typeName)) : undefined;
  const needsTypeAbbreviation = chosenKind !== undefined && !chosenKind.abbreviation;
  const reg = useRegistration(
    // With documents it answers, the reply and their completion are one operation (all or nothing).
    (input: OutgoingInput) =>
      answers.length > 0
        ? client.call('workflow.registerReply', { Record: input, Answers: answers })
        : client.call('register.addOutgoing', input),
    (entry, warnings) => {
      void afterAnswered();
      onRegistered(entry, warnings);
      form.reset(blank());
      setRecipients('');
    },
  );
  const submit = () => {
    form.setValue('To', linesToRecipients(recipients));
    void form.handleSubmit(() => reg.submit(form.getValues()))();
  };

  return (
    <Form layout="vertical" component="div" onKeyDown={enterMovesOn(submit)} data-testid="outgoing-form">
      <Row gutter={12}>
        <Col span={10}>
          <FormField
            name="TypeName"
            label={t('register.form.typeName')}
            required
            control={form.control}
            render={(f) => <TypeNameSelect {...f} withCopies party={party} />}
          />
        </Col>
        <Col span={6}>
          {party ? (
            <>
              <TextField
                name="IssuerAbbreviation"
                label={t('register.form.partyIssuer')}
                help={t('register.form.partyIssuerHelp')}
                control={form.control}
                testId="field-IssuerAbbreviation"
              />
              {needsTypeAbbreviation && (
                <TextField
                  name="TypeAbbreviation"
                  label={t('register.form.typeAbbreviation')}
                  help={t('register.form.typeAbbreviationHelp')}
                  required
                  control={form.control}
                  testId="field-TypeAbbreviation"
                />
              )}
              <FormField
                name="Congress"
                label=""
                control={form.control}
                render={(f) => (
                  <Checkbox checked={Boolean(f.value)} onChange={(e) => f.onChange(e.target.checked)} data-testid="field-Congress">
                    {t('register.form.congress')}
                  </Checkbox>
                )}
              />
            </>
          ) : (
            <TextField
              name="UnitAbbreviation"
              label={t('register.form.unit')}
              help={t('register.form.unitHelp')}
              control={form.control}
              testId="field-UnitAbbreviation"
            />
          )}
        </Col>
        <Col span={4}>
          <PriorityField name="Priority" label={t('register.form.priority')} control={form.control} />
        </Col>
        <Col span={4}>
          <CountField name="PageAmount" label={t('register.form.pageAmount')} control={form.control} />
        </Col>
      </Row>
      <TextAreaField name="Subject" label={t('register.form.subject')} required control={form.control} testId="field-Subject" />
      <SecrecyFields control={form.control} />
      <Row gutter={12}>
        <Col span={12}>
          <TextField
            name="SignerInfo.Position"
            label={t('register.form.signerPosition')}
            control={form.control}
            testId="field-SignerPosition"
          />
        </Col>
        <Col span={12}>
          <TextField name="SignerInfo.FullName" label={t('register.form.signerName')} control={form.control} testId="field-SignerName" />
        </Col>
      </Row>
      <Form.Item label={t('workflow.outgoingReplies.label')} help={t('workflow.outgoingReplies.help')}>
        <EntryPicker
          direction="den"
          multiple
          value={answers}
          onChange={(ids) => setAnswers(ids)}
          placeholder={t('workflow.outgoingReplies.placeholder')}
          testId="field-Answers"
        />
      </Form.Item>
      <Form.Item label={t('register.form.recipients')}>
        <Input.TextArea
          value={recipients}
          onChange={(e) => setRecipients(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds a recipient line here; Ctrl+Enter still registers.
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) e.stopPropagation();
          }}
          autoSize={{ minRows: 2, maxRows: 6 }}
          data-testid="field-To"
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={6}>
          <CountField name="IssuedAmount" label={t('register.form.issuedAmount')} control={form.control} />
        </Col>
        <Col span={6}>
          <DateField name="DueDate" label={t('register.form.dueDate')} control={form.control} />
        </Col>
        <Col span={12}>
          <TextField name="ArchiveKeeper" label={t('register.form.archiveKeeper')} control={form.control} />
        </Col>
      </Row>
      <TextField name="Description" label={t('register.form.description')} control={form.control} />
      <FormField
        name="FileSha256"
        label={t('register.form.file')}
        control={form.control}
        render={(f) => <PdfUpload value={f.value} onChange={f.onChange} />}
      />
      <RegistrationFooter reg={reg} submit={submit} label={t('register.form.submitOutgoing')} />
    </Form>
  );
}
