import type { Role } from '../../src-shared/contracts/accounts.contract';
import type { OperationName } from '../../src-shared/contracts';
import { mayCall } from '../../src-shared/contracts/permissions';

const SECTIONS = ['todo', 'incoming', 'outgoing', 'books', 'signing', 'exchange', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * The operations each screen is built on. A screen is in the sidebar when the signed-in account may
 * call one of them — by the router's own table (permissions.ts), never a second list of roles.
 */
const SECTION_OPS: Record<Section, readonly OperationName[]> = {
  todo: ['workflow.todo'],
  incoming: ['register.list'],
  outgoing: ['register.list'],
  books: ['books.volumes'],
  signing: ['signing.listTokens'],
  exchange: ['exchange.listInbox'],
  settings: ['agency.saveProfile', 'directory.addUnit', 'workflow.saveSettings', 'calendar.saveSettings', 'accounts.list', 'backup.list'],
};

const SETTINGS_TABS = ['profile', 'directory', 'deadlines', 'calendar', 'accounts', 'backup'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];
const SETTINGS_TAB_OPS: Record<SettingsTab, OperationName> = {
  profile: 'agency.saveProfile',
  directory: 'directory.addUnit',
  deadlines: 'workflow.saveSettings',
  calendar: 'calendar.saveSettings',
  accounts: 'accounts.list',
  backup: 'backup.list',
};

/** Whether the data folder has accounts, and the signed-in account's roles. */
export interface Who {
  accountsExist: boolean;
  roles: readonly Role[];
}

/** Without accounts in the data folder everything is open, as before. */
export function may(who: Who, ops: readonly OperationName[]): boolean {
  return !who.accountsExist || ops.some((op) => mayCall(who.roles, op));
}

export const visibleSections = (who: Who): Section[] => SECTIONS.filter((s) => may(who, SECTION_OPS[s]));
export const visibleSettingsTabs = (who: Who): SettingsTab[] => SETTINGS_TABS.filter((t) => may(who, [SETTINGS_TAB_OPS[t]]));
