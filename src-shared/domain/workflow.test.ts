import { describe, expect, it } from 'vitest';
import {
  applyStep,
  checkDeadline,
  checkExtension,
  deadlineStatus,
  INITIAL_SNAPSHOT,
  nextAllowed,
  presentationOrder,
  replaySteps,
  WORKFLOW_STATES,
  WORKFLOW_STEPS,
  type WorkflowSnapshot,
} from './workflow';

describe('workflow state machine', () => {
  it('carries a document from registration to completion', () => {
    const r = replaySteps(['trinh', 'chi-dao', 'chuyen', 'tien-do', 'gia-han', 'tien-do', 'hoan-thanh']);
    expect(r).toEqual({ ok: true, value: { state: 'hoan-thanh', beforeCompletion: 'dang-giai-quyet' } });
  });

  it('chuyển thẳng skips the leader', () => {
    const r = replaySteps(['chuyen-thang', 'chuyen']);
    expect(r.ok && r.value.state).toBe('dang-giai-quyet');
  });

  it('refuses a hand-over of a completed document until it is reopened', () => {
    const done = replaySteps(['trinh', 'chi-dao', 'chuyen', 'hoan-thanh']);
    if (!done.ok) throw new Error('replay');
    const refused = applyStep(done.value, 'chuyen');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('COMPLETED');
    expect(refused.error.message).toContain('Mở lại');
    const reopened = applyStep(done.value, 'mo-lai');
    expect(reopened.ok && reopened.value).toEqual({ state: 'dang-giai-quyet', beforeCompletion: null });
    if (!reopened.ok) return;
    expect(applyStep(reopened.value, 'chuyen').ok).toBe(true);
  });

  it('reopening a document filed before hand-over goes back to where it was', () => {
    const r = replaySteps(['trinh', 'hoan-thanh', 'mo-lai']);
    expect(r.ok && r.value.state).toBe('cho-chi-dao');
  });

  it('refuses steps out of order with the state and the allowed steps named', () => {
    const r = applyStep(INITIAL_SNAPSHOT, 'chuyen');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('STEP_NOT_ALLOWED');
    expect(r.error.message).toBe(
      'Không thể ghi bước "Chuyển" khi văn bản đang ở trạng thái "Chờ trình". Các bước được phép: "Trình", "Chuyển thẳng", "Gia hạn", "Thu hồi".',
    );
    expect(replaySteps(['trinh', 'tien-do']).ok).toBe(false);
    expect(replaySteps(['mo-lai']).ok).toBe(false);
  });

  it('thu hồi is allowed from every state and ends the workflow', () => {
    for (const state of WORKFLOW_STATES) {
      const snap: WorkflowSnapshot = { state, beforeCompletion: null };
      expect(applyStep(snap, 'thu-hoi').ok).toBe(state !== 'thu-hoi');
    }
    const recalled: WorkflowSnapshot = { state: 'thu-hoi', beforeCompletion: null };
    for (const step of WORKFLOW_STEPS) {
      const r = applyStep(recalled, step);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('RECALLED');
    }
    expect(nextAllowed('thu-hoi')).toEqual([]);
  });

  it('nextAllowed and applyStep agree for every state and step', () => {
    for (const state of WORKFLOW_STATES) {
      for (const step of WORKFLOW_STEPS) {
        expect(applyStep({ state, beforeCompletion: null }, step).ok).toBe(nextAllowed(state).includes(step));
      }
    }
  });
});

describe('deadline status', () => {
  const base = { today: '2026-12-10', soonUntil: '2026-12-14', completedOn: null };
  it('is computed from the dates: trong hạn, sắp đến hạn, the due day itself, quá hạn', () => {
    expect(deadlineStatus({ ...base, state: 'dang-giai-quyet', dueDate: '2026-12-20' })).toBe('trong-han');
    expect(deadlineStatus({ ...base, state: 'dang-giai-quyet', dueDate: '2026-12-14' })).toBe('sap-den-han');
    expect(deadlineStatus({ ...base, state: 'cho-chuyen', dueDate: '2026-12-10' })).toBe('sap-den-han');
    expect(deadlineStatus({ ...base, state: 'dang-giai-quyet', dueDate: '2026-12-09' })).toBe('qua-han');
    expect(deadlineStatus({ ...base, state: 'dang-giai-quyet', dueDate: null })).toBe('khong-han');
  });
  it('judges a completed document by its completion date, not today', () => {
    const done = { ...base, state: 'hoan-thanh' as const, dueDate: '2026-12-05' };
    expect(deadlineStatus({ ...done, completedOn: '2026-12-05' })).toBe('hoan-thanh-dung-han');
    expect(deadlineStatus({ ...done, completedOn: '2026-12-06' })).toBe('hoan-thanh-qua-han');
    expect(deadlineStatus({ ...base, state: 'thu-hoi', dueDate: '2026-12-01' })).toBe('khong-han');
  });
});

describe('deadline checks', () => {
  it('refuses a deadline before arrival, naming both dates', () => {
    const r = checkDeadline('2026-12-01', '2026-12-03');
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'DEADLINE_BEFORE_ARRIVAL', message: 'Thời hạn giải quyết 01/12/2026 trước ngày đến của văn bản (03/12/2026).' },
    });
    // Keyed: the same refusal in any language, the dates and the deadline's word as params.
    expect(r.ok ? null : { key: r.error.key, params: r.error.params }).toEqual({
      key: 'workflow.deadlineBeforeArrival',
      params: { label: 'due', party: '', due: '01/12/2026', arrival: '03/12/2026' },
    });
    expect(checkDeadline('2026-12-03', '2026-12-03').ok).toBe(true);
  });
  it('an extension must move the deadline later', () => {
    expect(checkExtension('2026-12-10', '2026-12-10').ok).toBe(false);
    expect(checkExtension('2026-12-11', '2026-12-10').ok).toBe(true);
    expect(checkExtension('2026-12-11', null).ok).toBe(true);
  });
});

describe('presentation order (Điều 23.1)', () => {
  it('puts urgent documents first, then the oldest', () => {
    const docs = [
      { id: 'a', urgencyRank: 0, arrivalDate: '2026-12-01' },
      { id: 'b', urgencyRank: 3, arrivalDate: '2026-12-05' },
      { id: 'c', urgencyRank: 1, arrivalDate: '2026-12-02' },
      { id: 'd', urgencyRank: 0, arrivalDate: '2026-11-30' },
    ];
    expect([...docs].sort(presentationOrder).map((d) => d.id)).toEqual(['b', 'c', 'd', 'a']);
  });
});
