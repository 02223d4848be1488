import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyRef, WorkflowStep } from '../../../src-shared/contracts/workflow.contract';
import type { WorkflowStepKind } from '../../../src-shared/domain/workflow';
import { useClient } from '../../bridge/context';
import { useMay } from '../../app/use-may';
import { downloadStored, openStored } from '../books/stored-file';
import { StepForm } from './StepForm';
import { WORKFLOW_KEY } from './use-todo';
import { showDate, showDateTime } from '../../i18n/dates';

const d = (iso: string | null | undefined) => showDate(iso, true);
const names = (ps: PartyRef[]) => ps.map((p) => p.name).join('; ');
const STATUS_COLOR: Record<string, string> = {
  'qua-han': 'red',
  'sap-den-han': 'orange',
  'trong-han': 'green',
  'hoan-thanh-dung-han': 'green',
  'hoan-thanh-qua-han': 'volcano',
};

/** One line per step: what, when, the payload's main facts, who decided and who entered it. */
function stepLine(s: WorkflowStep, t: (k: string, o?: Record<string, unknown>) => string): ReactNode {
  const p = s.payload as Record<string, unknown>;
  const party = (v: unknown) => (v && typeof v === 'object' && 'name' in v ? String((v as { name: unknown }).name) : '');
  const parties = (v: unknown) => (Array.isArray(v) ? v.map(party).filter(Boolean).join('; ') : '');
  const facts: string[] = [];
  if (p.leader) facts.push(party(p.leader));
  if (p.assignee) facts.push(`${t('workflow.form.assignee')}: ${party(p.assignee)}`);
  if (typeof p.direction === 'string') facts.push(`“${p.direction}”`);
  if (p.chuTri) facts.push(`${t('workflow.form.chuTri')}: ${party(p.chuTri)}`);
  if (parties(p.phoiHop)) facts.push(`${t('workflow.form.phoiHop')}: ${parties(p.phoiHop)}`);
  if (parties(p.deBiet)) facts.push(`${t('workflow.form.deBiet')}: ${parties(p.deBiet)}`);
  if (parties(p.recipients)) facts.push(parties(p.recipients));
  if (typeof p.dueDate === 'string') facts.push(`${t('workflow.life.deadline')}: ${d(p.dueDate)}`);
  if (typeof p.note === 'string' && p.note) facts.push(p.note);
  if (typeof p.reason === 'string' && p.reason) facts.push(p.reason);
  if (typeof p.how === 'string') facts.push(t(`workflow.form.hows.${p.how}`));
  return (
    <div data-testid={`step-${s.seq}`}>
      <b>{t(`workflow.steps.${s.kind}`)}</b> · {d(s.at)} {facts.length > 0 && <>— {facts.join(' · ')}</>}
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {s.decidedBy && `${t('workflow.life.decidedBy', { name: s.decidedBy.name })} · `}
          {t('workflow.life.enteredBy', { name: s.enteredBy })} · {showDateTime(s.recordedAt, { seconds: true })}
        </Typography.Text>
      </div>
    </div>
  );
}

/**
 * The life of an incoming document in its detail: state, deadline and its status, direction,
 * hand-over, completion, every step (who decided, who entered, when), and the buttons of the steps
 * the state machine allows next and the account may record (main trims them) — nothing else is offered.
 */
export function LifePanel({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const may = useMay();
  const [step, setStep] = useState<WorkflowStepKind | null>(null);
  const q = useQuery({ queryKey: [WORKFLOW_KEY, 'get', entryId], queryFn: () => client.call('workflow.get', { entryId }) });
  const phieu = useMutation({ mutationFn: () => client.call('books.printPhieu', { entryId }) });
  const v = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!v) return null;
  return (
    <div data-testid="life-panel" data-state={v.state}>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('workflow.life.title')}
      </Typography.Title>
      {v.viaHub && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('workflow.life.viaHub')} />}
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('workflow.life.state')}>
          <Tag color={v.state === 'hoan-thanh' ? 'green' : v.state === 'thu-hoi' ? 'default' : 'blue'} data-testid="life-state">
            {t(`workflow.states.${v.state}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.life.deadline')}>
          <Space wrap>
            <span data-testid="life-due">{d(v.deadline?.dueDate)}</span>
            {v.deadlineStatus !== 'khong-han' && (
              <Tag color={STATUS_COLOR[v.deadlineStatus]} data-testid="life-deadline-status">
                {t(`workflow.deadline.${v.deadlineStatus}`)}
              </Tag>
            )}
            {v.deadline?.previous.map((p) => (
              <Typography.Text key={p.at} type="secondary" delete>
                {t('workflow.life.previous', { date: d(p.dueDate), reason: p.reason })}
              </Typography.Text>
            ))}
          </Space>
        </Descriptions.Item>
        {v.direction && (
          <Descriptions.Item label={t('workflow.life.direction')}>
            {v.direction.text && <div>“{v.direction.text}”</div>}
            <div>
              {t('workflow.form.chuTri')}: <b data-testid="life-chu-tri">{v.direction.chuTri.name}</b>
            </div>
            {v.direction.phoiHop.length > 0 && (
              <div>
                {t('workflow.form.phoiHop')}: {names(v.direction.phoiHop)}
              </div>
            )}
            {v.direction.deBiet.length > 0 && (
              <div>
                {t('workflow.form.deBiet')}: {names(v.direction.deBiet)}
              </div>
            )}
            {v.direction.unitDeadlines.map((u) => (
              <div key={u.party.id}>
                {u.party.name}: {d(u.dueDate)}
              </div>
            ))}
          </Descriptions.Item>
        )}
        {v.unitDirection && (
          <Descriptions.Item label={t('workflow.life.unitDirection')}>
            <div data-testid="life-unit-direction">
              “{v.unitDirection.text}” — <b>{v.unitDirection.decidedBy.name}</b> · {d(v.unitDirection.at)}
            </div>
            {v.unitDirection.assignee && (
              <div>
                {t('workflow.form.assignee')}: {v.unitDirection.assignee.name}
                {v.unitDirection.dueDate && ` · ${t('workflow.life.deadline')}: ${d(v.unitDirection.dueDate)}`}
              </div>
            )}
          </Descriptions.Item>
        )}
        {v.handedTo && (
          <Descriptions.Item label={t('workflow.life.handedTo')}>
            {v.handedTo} · {d(v.handedOn)}
          </Descriptions.Item>
        )}
        {v.completion && (
          <Descriptions.Item label={t('workflow.life.completion')}>
            {t(`workflow.form.hows.${v.completion.how}`)} · {d(v.completion.on)}
            {v.completion.reply && (
              <div data-testid="life-reply">
                {t('workflow.life.reply')}: <b>{v.completion.reply.soKyHieu ?? '—'}</b> {d(v.completion.reply.issuedDate)}
              </div>
            )}
            {v.completion.reason && <div>{v.completion.reason}</div>}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Space wrap style={{ margin: '12px 0' }} data-testid="life-actions">
        {v.allowedSteps.map((k, i) => (
          <Button
            key={k}
            type={i === 0 ? 'primary' : 'default'}
            danger={k === 'thu-hoi'}
            onClick={() => setStep(k)}
            data-testid={`life-step-${k}`}
          >
            {t(`workflow.steps.${k}`)}
          </Button>
        ))}
        {may('books.printPhieu') && (
          <Button onClick={() => phieu.mutate()} loading={phieu.isPending} data-testid="life-print-phieu">
            {t('workflow.life.printPhieu')}
          </Button>
        )}
        {phieu.data && (
          <Space data-testid="phieu-result">
            <Button type="link" onClick={() => void openStored(client, phieu.data.File)} data-testid="phieu-open">
              {t('books.open')}
            </Button>
            <Button type="link" onClick={() => void downloadStored(client, phieu.data.File)} data-testid="phieu-download">
              {t('books.download')}
            </Button>
          </Space>
        )}
      </Space>
      {phieu.error && <Alert type="error" showIcon title={phieu.error.message} />}
      <Typography.Text strong>{t('workflow.life.history')}</Typography.Text>
      {v.steps.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('workflow.life.noSteps')}</Typography.Paragraph>
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={v.steps.map((s) => ({ color: s.kind === 'thu-hoi' ? 'red' : 'blue', content: stepLine(s, t) }))}
        />
      )}
      {step && (
        // Closes only its own form: a late close from an earlier step's form leaves a newer one open.
        <StepForm key={step} kind={step} view={v} onClose={() => setStep((open) => (open === step ? null : open))} />
      )}
    </div>
  );
}
