/**
 * Wiring of the people side for the composition root: the working calendar, the directory of units
 * and people, the incoming workflow (with its deadlines from the calendar and its status reports to
 * the hub), and the accounts with sessions and the permission check.
 */
import path from 'node:path';
import { shippedDir } from '../core/shipped-paths';
import { accountsHandlers } from '../features/accounts/accounts.handlers';
import { createAccountsRepo } from '../features/accounts/accounts.repo';
import { createAccountsService } from '../features/accounts/accounts.service';
import type { ScryptParams } from '../features/accounts/password';
import { createPermissionService } from '../features/accounts/permission.service';
import { createSessionStore } from '../features/accounts/sessions';
import { calendarHandlers } from '../features/calendar/calendar.handlers';
import { createCalendarRepo } from '../features/calendar/calendar.repo';
import { createCalendarService } from '../features/calendar/calendar.service';
import { loadShippedNotices } from '../features/calendar/shipped-notices';
import { createDirectoryTransfer } from '../features/directory/directory-transfer';
import { directoryHandlers } from '../features/directory/directory.handlers';
import { createDirectoryRepo } from '../features/directory/directory.repo';
import { createDirectoryService } from '../features/directory/directory.service';
import { createSettingsStore } from '../features/settings/settings-store';
import { createWorkflowQueries } from '../features/workflow/workflow-queries';
import { workflowHandlers } from '../features/workflow/workflow.handlers';
import { createWorkflowRepo } from '../features/workflow/workflow.repo';
import { createWorkflowService, type DeadlinePort, type HubStatusPort } from '../features/workflow/workflow.service';
import type { AppCore } from './app-core';

export function wireWorkflow(core: AppCore, d: { hub: HubStatusPort; passwordCost?: ScryptParams | undefined }) {
  const { sqlite, db } = core.database;
  const { audit, clock, logger, events } = core;
  let shipped: ReturnType<typeof loadShippedNotices> | undefined;
  const calendar = createCalendarService({
    sqlite,
    repo: createCalendarRepo(db),
    audit,
    clock,
    logger: logger.child('calendar'),
    shipped: () => (shipped ??= loadShippedNotices(path.join(shippedDir('resources'), 'calendar'), logger.child('calendar'))),
  });

  const directoryRepo = createDirectoryRepo(sqlite);
  const directory = createDirectoryService({ sqlite, repo: directoryRepo, audit, clock, logger: logger.child('directory') });
  const workflowRepo = createWorkflowRepo(sqlite);
  const deadlines: DeadlinePort = {
    workingDaysFrom: (from, n) => calendar.deadline({ kind: 'workingDays', from, n }),
  };
  const workflowSettings = createSettingsStore(db, logger).slot('workflow.deadlines');
  const workflow = createWorkflowService({
    sqlite,
    repo: workflowRepo,
    directory: directoryRepo,
    deadlines,
    settings: workflowSettings,
    audit,
    clock,
    logger: logger.child('workflow'),
    events,
    hub: d.hub,
  });
  const workflowQueries = createWorkflowQueries({ repo: workflowRepo, deadlines, settings: workflowSettings, clock, hub: d.hub });

  const accounts = createAccountsService({
    sqlite,
    repo: createAccountsRepo(sqlite),
    policy: createSettingsStore(db, logger).slot('accounts.policy'),
    audit,
    clock,
    logger: logger.child('accounts'),
    ...(d.passwordCost ? { scrypt: d.passwordCost } : {}),
    // Disabling an account hands its open documents on through the workflow (a "chuyển" step).
    handOver: (entryId, toPersonId, actor) =>
      workflow.record(
        {
          entryId,
          step: {
            kind: 'chuyen',
            recipients: [{ kind: 'person', id: toPersonId }],
            method: 'dien-tu',
            date: null,
            receivedBy: null,
            note: 'Bàn giao khi tài khoản ngừng sử dụng',
          },
        },
        actor,
      ),
  });
  const sessions = createSessionStore();
  const permissions = createPermissionService({ sqlite, accounts, sessions, audit, clock });

  return {
    calendar,
    workflow,
    permissions,
    handlers: {
      ...calendarHandlers(calendar),
      ...directoryHandlers(directory, createDirectoryTransfer({ repo: directoryRepo, service: directory })),
      ...workflowHandlers(workflow, workflowQueries),
      ...accountsHandlers(accounts, permissions, sessions, clock),
    },
  };
}
