import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from './accounts.contract';
import { operations } from './index';
import { CAPABILITIES, capabilitiesOf, mayCall } from './permissions';

/** A list written as words, one per capability. */
const words = (list: string) => list.split(' ');

/** Every set of roles an account can hold: none, each alone, each pair, … all four. */
const roleSets: Role[][] = ROLES.reduce<Role[][]>((sets, role) => [...sets, ...sets.map((s) => [...s, role])], [[]]);

describe('role tables', () => {
  it('each role holds exactly its capabilities (the table as it stood before it was composed from named sets)', () => {
    const held = Object.fromEntries(ROLES.map((r) => [r, [...capabilitiesOf([r])].sort()]));
    expect(held).toEqual({
      vanthu: words('books calendar directory documents.read exchange intake progress reference register.write settings signing workflow'),
      lanhdao: words('audit books documents.read exchange progress reference register.write signing workflow'),
      chuyenvien: words('documents.read progress reference'),
      quantri: words('accounts audit backups calendar directory reference settings'),
    });
  });

  it('the capabilities are the same seventeen', () => {
    expect([...CAPABILITIES].sort()).toEqual(
      words(
        'accounts audit backups books calendar directory documents.read exchange intake open progress reference register.write session settings signing workflow',
      ),
    );
  });

  it('who may call what is unchanged: every set of roles × every operation', () => {
    expect(roleSets).toHaveLength(16);
    const table = operations
      .map((op) => op.name)
      .sort()
      .map((name) => `${name}: ${roleSets.map((roles) => (mayCall(roles, name) ? 'x' : '.')).join('')}`)
      .join('\n');
    expect(`roles: ${roleSets.map((s) => s.join('+') || '-').join(' | ')}\n${table}`).toMatchSnapshot();
  });
});
