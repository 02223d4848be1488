import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useForm, useWatch, type Control, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { StepInputSchema, type StepInput, type WorkflowView } from '../../../src-shared/contracts/workflow.contract';
import type { WorkflowStepKind } from '../../../src-shared/domain/workflow';
import { vnDate } from '../../../src-shared/domain/vn-time';
import { useClient } from '../../bridge/context';
import { DirectoryPicker, type PickedParty } from '../../components/DirectoryPicker';
import { FormField } from '../../components/FormField';
import { EntryPicker } from './EntryPicker';
import { WORKFLOW_KEY } from './use-todo';

type Values = Record<string, unknown> & { kind: WorkflowStepKind };
type Ctl = Control<Values>;

const asParties = (v: unknown): PickedParty[] => (Array.isArray(v) ? (v as PickedParty[]) : v ? [v as PickedParty] : []);

function defaults(kind: WorkflowStepKind, view: WorkflowView): Values {
  const today = vnDate(Date.now());
  const dir = view.direction;
  switch (kind) {
    case 'trinh':
      return { kind, leader: undefined, note: '' };
    case 'chi-dao':
      return {
        kind,
        decidedBy: view.presentedTo ?? undefined,
        direction: '',
        chuTri: undefined,
        phoiHop: [],
        deBiet: [],
        dueInWorkingDays: undefined,
        dueDate: undefined,
        unitDeadlines: [],
      };
    case 'chuyen-thang':
      return { kind, basis: '', chuTri: undefined, phoiHop: [], deBiet: [] };
    case 'chuyen':
      return {
        kind,
        date: today,
        recipients: [],
        method: view.medium === 'dien-tu' ? 'dien-tu' : 'giay-ky-nhan',
        receivedBy: '',
        note: '',
      };
    case 'y-kien-don-vi':
      return { kind, decidedBy: undefined, direction: '', assignee: undefined, dueDate: undefined };
    case 'tien-do':
      return { kind, note: '' };
    case 'gia-han':
      return { kind, dueDate: undefined, dueInWorkingDays: undefined, reason: '', decidedBy: dir?.decidedBy ?? undefined };
    case 'hoan-thanh':
      return { kind, how: 'tra-loi', replyEntryId: undefined, reason: '' };
    default:
      return { kind, reason: '' };
  }
}

function PartyField({
  multiple,
  leaders,
  people,
  autoFocus,
  ...field
}: {
  control: Ctl;
  name: string;
  label: string;
  multiple?: boolean;
  leaders?: boolean;
  /** People only (any person of the directory, not only leaders). */
  people?: boolean;
  required?: boolean;
  autoFocus?: boolean;
}) {
  return (
    <FormField
      {...field}
      render={(f) => (
        <DirectoryPicker
          value={asParties(f.value)}
          onChange={(v) => f.onChange(multiple ? v : v[0])}
          multiple={multiple}
          kinds={leaders || people ? ['person'] : undefined}
          leadersOnly={leaders}
          autoFocus={autoFocus}
          testId={`step-${field.name}`}
        />
      )}
    />
  );
}

/** "N ngày làm việc" or a date (or none): one of the two contract fields is filled. */
function DueField({ control, setValue }: { control: Ctl; setValue: (name: string, v: unknown) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'days' | 'date' | 'none'>('days');
  const choose = (m: 'days' | 'date' | 'none') => {
    setMode(m);
    if (m !== 'days') setValue('dueInWorkingDays', undefined);
    if (m !== 'date') setValue('dueDate', undefined);
  };
  return (
    <Form.Item label={t('workflow.form.dueMode')}>
      <Space wrap>
        <Radio.Group value={mode} onChange={(e) => choose(e.target.value as 'days' | 'date' | 'none')} data-testid="step-due-mode">
          <Radio value="days">{t('workflow.form.dueDays')}</Radio>
          <Radio value="date">{t('workflow.form.dueDate')}</Radio>
          <Radio value="none">{t('workflow.form.dueNone')}</Radio>
        </Radio.Group>
        {mode !== 'none' && (
          <FormField
            key={mode}
            name={mode === 'days' ? 'dueInWorkingDays' : 'dueDate'}
            label=""
            control={control}
            style={{ marginBottom: 0 }}
            render={(f) =>
              mode === 'days' ? (
                <InputNumber
                  min={0}
                  max={3650}
                  value={f.value as number | undefined}
                  onChange={(v) => f.onChange(v ?? undefined)}
                  addonAfter={t('workflow.form.dueDays')}
                  data-testid="step-due-days"
                />
              ) : (
                <Input type="date" {...f} value={(f.value as string | undefined) ?? ''} data-testid="step-due-date" />
              )
            }
          />
        )}
      </Space>
    </Form.Item>
  );
}

function text(control: Ctl, name: string, label: string, opts: { required?: boolean; multi?: boolean; autoFocus?: boolean } = {}) {
  return (
    <FormField
      name={name}
      label={label}
      control={control}
      required={opts.required}
      render={(f) =>
        opts.multi ? (
          <Input.TextArea {...f} value={(f.value as string) ?? ''} rows={3} autoFocus={opts.autoFocus} data-testid={`step-${name}`} />
        ) : (
          <Input {...f} value={(f.value as string) ?? ''} autoFocus={opts.autoFocus} data-testid={`step-${name}`} />
        )
      }
    />
  );
}

/** One of `options`, as radio buttons; `optionLabel` names each. */
function choice(control: Ctl, name: string, label: string, options: readonly string[], optionLabel: (option: string) => string) {
  return (
    <FormField
      name={name}
      label={label}
      control={control}
      render={(f) => (
        <Radio.Group {...f} data-testid={`step-${name}`}>
          {options.map((o) => (
            <Radio key={o} value={o}>
              {optionLabel(o)}
            </Radio>
          ))}
        </Radio.Group>
      )}
    />
  );
}

/**
 * The form of one step, checked by the contract's own schema (react-hook-form + zod), so the screen
 * and the CLI refuse the same input with the same Vietnamese message. Enter in a one-line field
 * submits; Esc closes.
 */
export function StepForm({ kind, view, onClose }: { kind: WorkflowStepKind; view: WorkflowView; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const form = useForm<Values>({
    resolver: zodResolver(StepInputSchema) as unknown as Resolver<Values>,
    defaultValues: defaults(kind, view),
  });
  const c = form.control;
  const how = useWatch({ control: c, name: 'how' }) as string | undefined;
  const setValue = (name: string, v: unknown) => form.setValue(name, v);
  // Problems the contract found that no field of this form shows (a whole-step rule, a hidden field):
  // said in the form, so "Ghi bước" never does nothing silently.
  const [unshown, setUnshown] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (step: StepInput) => client.call('workflow.step', { entryId: view.entryId, step, expectedSeq: view.steps.length }),
    // The form closes as soon as the step is recorded, before the lists refresh: the new state then
    // appears with no form left open over it (a form still open during the refresh once took the
    // clerk's next click, and its late close shut the next step's form).
    onSuccess: () => {
      onClose();
      void message.success(t('workflow.form.saved', { step: t(`workflow.steps.${kind}`) }));
      void queryClient.invalidateQueries({ queryKey: [WORKFLOW_KEY] });
      void queryClient.invalidateQueries({ queryKey: ['register.rows'] });
    },
  });
  const submit = () => {
    setUnshown(null);
    void form.handleSubmit(
      (v) => save.mutate(v as StepInput),
      (errors) => {
        const problems = Object.values(errors)
          .map((e) => (e && typeof e === 'object' && 'message' in e ? String(e.message ?? '') : ''))
          .filter(Boolean);
        setUnshown(t('workflow.form.invalid', { problems: problems.join(' ') || JSON.stringify(Object.keys(errors)) }));
      },
    )();
  };

  const body = (() => {
    switch (kind) {
      case 'trinh':
        return (
          <>
            <PartyField control={c} name="leader" label={t('workflow.form.presentTo')} leaders required autoFocus />
            {text(c, 'note', t('workflow.form.note'))}
          </>
        );
      case 'chi-dao':
        return (
          <>
            <PartyField control={c} name="decidedBy" label={t('workflow.form.decidedBy')} leaders />
            {text(c, 'direction', t('workflow.form.directionText'), { required: true, multi: true, autoFocus: true })}
            <PartyField control={c} name="chuTri" label={t('workflow.form.chuTri')} required />
            <PartyField control={c} name="phoiHop" label={t('workflow.form.phoiHop')} multiple />
            <PartyField control={c} name="deBiet" label={t('workflow.form.deBiet')} multiple />
            <DueField control={c} setValue={setValue} />
            <UnitDeadlines control={c} setValue={setValue} />
          </>
        );
      case 'chuyen-thang':
        return (
          <>
            <PartyField control={c} name="chuTri" label={t('workflow.form.chuTri')} required autoFocus />
            <PartyField control={c} name="phoiHop" label={t('workflow.form.phoiHop')} multiple />
            <PartyField control={c} name="deBiet" label={t('workflow.form.deBiet')} multiple />
            {text(c, 'basis', t('workflow.form.basis'))}
          </>
        );
      case 'chuyen':
        return (
          <>
            <FormField
              name="date"
              label={t('workflow.form.handDate')}
              control={c}
              render={(f) => <Input type="date" {...f} value={(f.value as string) ?? ''} autoFocus data-testid="step-date" />}
            />
            <FormField
              name="recipients"
              label={t('workflow.form.recipients')}
              help={t('workflow.form.recipientsHelp')}
              control={c}
              render={(f) => <DirectoryPicker value={asParties(f.value)} onChange={f.onChange} multiple testId="step-recipients" />}
            />
            {choice(c, 'method', t('workflow.form.method'), ['giay-ky-nhan', 'dien-tu'], (m) => t(`workflow.form.methods.${m}`))}
            {text(c, 'receivedBy', t('workflow.form.receivedBy'))}
            {text(c, 'note', t('workflow.form.note'))}
          </>
        );
      case 'y-kien-don-vi':
        return (
          <>
            <PartyField control={c} name="decidedBy" label={t('workflow.form.unitLeader')} people required autoFocus />
            {text(c, 'direction', t('workflow.form.unitDirectionText'), { required: true, multi: true })}
            <PartyField control={c} name="assignee" label={t('workflow.form.assignee')} people />
            <FormField
              name="dueDate"
              label={t('workflow.form.assigneeDue')}
              control={c}
              render={(f) => <Input type="date" {...f} value={(f.value as string | undefined) ?? ''} data-testid="step-due-date" />}
            />
          </>
        );
      case 'tien-do':
        return text(c, 'note', t('workflow.form.progress'), { required: true, multi: true, autoFocus: true });
      case 'gia-han':
        return (
          <>
            <DueField control={c} setValue={setValue} />
            {text(c, 'reason', t('workflow.form.reason'), { required: true, autoFocus: true })}
            <PartyField control={c} name="decidedBy" label={t('workflow.form.decidedBy')} leaders />
          </>
        );
      case 'hoan-thanh':
        return (
          <>
            {choice(c, 'how', t('workflow.form.how'), ['tra-loi', 'luu-de-biet', 'khong-giai-quyet'], (h) => t(`workflow.form.hows.${h}`))}
            {how === 'tra-loi' && (
              <FormField
                name="replyEntryId"
                label={t('workflow.form.reply')}
                control={c}
                required
                render={(f) => (
                  <EntryPicker
                    direction="di"
                    value={f.value ? [f.value as string] : []}
                    onChange={(ids) => f.onChange(ids[0])}
                    placeholder={t('workflow.form.replyPlaceholder')}
                    testId="step-replyEntryId"
                  />
                )}
              />
            )}
            {how !== 'tra-loi' && text(c, 'reason', t('workflow.form.reason'), { required: how === 'khong-giai-quyet' })}
          </>
        );
      default:
        return text(c, 'reason', t('workflow.form.reason'), { required: true, autoFocus: true });
    }
  })();

  return (
    <Modal
      open
      width={720}
      title={t(`workflow.steps.${kind}`)}
      okText={t('workflow.form.save')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'step-save' } as never}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        layout="vertical"
        onFinish={submit}
        onKeyDown={(e) => {
          // Ctrl+Enter records the step from anywhere in the form (Enter alone stays in a text area).
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
        }}
        data-testid={`step-form-${kind}`}
      >
        {body}
        <button type="submit" hidden />
      </Form>
      {unshown && <Alert type="warning" showIcon title={unshown} data-testid="step-invalid" />}
      {save.error && <Alert type="error" showIcon title={save.error.message} data-testid="step-error" />}
    </Modal>
  );
}

/** Deadlines the leader gives to one unit only ("Phòng Tài chính: trước 07/12"). */
function UnitDeadlines({ control, setValue }: { control: Ctl; setValue: (name: string, v: unknown) => void }) {
  const { t } = useTranslation();
  const rows = (useWatch({ control, name: 'unitDeadlines' }) as { party?: PickedParty; dueDate?: string }[] | undefined) ?? [];
  return (
    <Form.Item label={t('workflow.form.unitDeadlines')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {rows.map((r, i) => (
          <Space key={i} style={{ width: '100%' }}>
            <div style={{ width: 320 }}>
              <DirectoryPicker
                value={r.party ? [r.party] : []}
                onChange={(v) => setValue(`unitDeadlines.${i}.party`, v[0])}
                testId={`step-unit-deadline-party-${i}`}
              />
            </div>
            <FormField
              name={`unitDeadlines.${i}.dueDate`}
              label=""
              control={control}
              style={{ marginBottom: 0 }}
              render={(f) => (
                <Input type="date" {...f} value={(f.value as string | undefined) ?? ''} data-testid={`step-unit-deadline-date-${i}`} />
              )}
            />
            <Button
              onClick={() =>
                setValue(
                  'unitDeadlines',
                  rows.filter((_, j) => j !== i),
                )
              }
            >
              ×
            </Button>
          </Space>
        ))}
        <Button size="small" onClick={() => setValue('unitDeadlines', [...rows, { party: undefined, dueDate: '' }])}>
          {t('workflow.form.addUnitDeadline')}
        </Button>
      </Space>
    </Form.Item>
  );
}
