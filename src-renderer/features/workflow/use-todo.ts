import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../bridge/context';
import { useRefreshOn } from '../../bridge/use-refresh-on';

/** Every workflow query lives under this key: a step, a registration or a hub arrival refreshes them. */
export const WORKFLOW_KEY = 'workflow';

const REFRESHING = new Set([
  'workflow.changed',
  'workflow.overdue',
  'register.entryRegistered',
  'register.entryChanged',
  'exchange.documentReceived',
]);

/** A registration, a step or a hub arrival: the Việc cần làm lists; a step changes the open entry too. */
const workflowStaleAfter = (event: string) =>
  !REFRESHING.has(event) ? [] : event === 'workflow.changed' ? [[WORKFLOW_KEY], ['register.get']] : [[WORKFLOW_KEY]];

/** Refetches the Việc cần làm counts, lists and open details when main reports a change. */
export function useWorkflowEvents(): void {
  useRefreshOn(workflowStaleAfter);
}

/** The five counts for the sidebar badges (the first page of each list comes with them). */
/** `enabled`: false for an account without Việc cần làm (quản trị), so nothing is asked. */
export function useTodo(limit = 20, enabled = true) {
  const client = useClient();
  return useQuery({
    enabled,
    queryKey: [WORKFLOW_KEY, 'todo', limit],
    queryFn: () => client.call('workflow.todo', { limit }),
    // A day can turn while the app stays open: recount every few minutes as well as on events.
    refetchInterval: 5 * 60_000,
  });
}

/**
 * Desktop notifications: when documents become overdue and when a hub document arrives. Web
 * Notifications in browser mode; in Electron the same API is shown by the operating system's
 * notification centre (Electron maps HTML5 notifications to native ones), so no IPC is needed.
 */
export function useWorkflowNotifications(): void {
  const client = useClient();
  const { t } = useTranslation();
  useEffect(() => {
    if (typeof Notification === 'undefined') return;
    if (Notification.permission === 'default') void Notification.requestPermission().catch(() => undefined);
    const show = (title: string, body: string, tag: string) => {
      if (Notification.permission !== 'granted') return;
      try {
        new Notification(title, { body, tag });
      } catch {
        // A browser that refuses page notifications (some need a service worker) just shows none.
      }
    };
    return client.subscribe(
      (name, payload) => {
        if (name === 'workflow.overdue') {
          const p = payload as { entries: { arrivalNumber: number | null; subject: string }[]; total: number };
          if (p.entries.length === 0) return;
          const first = p.entries[0]!;
          show(
            t('workflow.todo.notify.overdueTitle'),
            t('workflow.todo.notify.overdueBody', {
              count: p.entries.length,
              first: `${first.arrivalNumber ?? ''} ${first.subject}`.trim(),
            }),
            'vanthu-overdue',
          );
        } else if (name === 'exchange.documentReceived') {
          const p = payload as { id: string; Subject: string | null; From: string | null };
          show(
            t('workflow.todo.notify.arrivedTitle'),
            t('workflow.todo.notify.arrivedBody', { subject: p.Subject ?? '', from: p.From ?? '' }),
            `vanthu-hub-${p.id}`,
          );
        }
      },
      () => undefined,
    );
  }, [client, t]);
}
