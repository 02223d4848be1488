import { describe, expect, it } from 'vitest';
import type { Role } from '../../src-shared/contracts/accounts.contract';
import { visibleSections, visibleSettingsTabs } from './nav-sections';

const as = (...roles: Role[]) => ({ accountsExist: true, roles });

describe('the sidebar and settings tabs follow permissions.ts', () => {
  it('shows each role only the screens whose operations it may call', () => {
    expect(visibleSections(as('chuyenvien'))).toEqual(['todo', 'incoming', 'outgoing']);
    expect(visibleSections(as('quantri'))).toEqual(['settings']);
    expect(visibleSections(as('vanthu'))).toEqual(['todo', 'incoming', 'outgoing', 'books', 'signing', 'exchange', 'settings']);
    expect(visibleSections(as('lanhdao'))).toEqual(['todo', 'incoming', 'outgoing', 'books', 'signing', 'exchange']);
    expect(visibleSections(as('chuyenvien', 'quantri'))).toEqual(['todo', 'incoming', 'outgoing', 'settings']);
    expect(visibleSections(as())).toEqual([]);
    // No accounts in the data folder: everything, as before.
    expect(visibleSections({ accountsExist: false, roles: [] })).toHaveLength(7);
  });

  it('shows quản trị the administration tabs and văn thư the agency ones', () => {
    expect(visibleSettingsTabs(as('quantri'))).toEqual(['profile', 'directory', 'deadlines', 'calendar', 'accounts', 'backup']);
    expect(visibleSettingsTabs(as('vanthu'))).toEqual(['profile', 'directory', 'deadlines', 'calendar']);
    expect(visibleSettingsTabs({ accountsExist: false, roles: [] })).toHaveLength(6);
  });
});
