/**
 * English error texts — accounts: who they are, passwords, their directory links and the hand-over of
 * a disabled account. Merged in ../errors.en.ts.
 */
import type { ACCOUNTS_TEXTS } from '../../../src-shared/rpc/error-texts/accounts';

export const ACCOUNTS_EN: Readonly<Record<keyof typeof ACCOUNTS_TEXTS, string>> = {
  'accounts.unitNotInDirectory': 'There is no unit {{id}} in the directory.',
  'accounts.personNotInDirectory': 'There is no person {{id}} in the directory.',
  'accounts.handoverInvalid': 'Cannot hand over to "{{username}}": that account is out of use or is the account being disabled.',
  'accounts.handoverNeeded': '{{name}} still has {{count}} documents in progress: choose who takes them over (handoverTo).',
  'accounts.handoverNoPerson': 'Account "{{username}}" is not linked to a person in the directory, so it cannot take over documents.',
  'accounts.noSession': 'This way of calling keeps no sign-in session.',
  'accounts.notFound': 'There is no account "{{username}}".',
  'accounts.usernameTaken': 'The user name "{{username}}" is already taken.',
  'accounts.adminExists': 'An administrator account already exists; sign in with it.',
  'accounts.firstMustBeAdmin':
    'This data folder has no account yet: the first account must have the administrator role (--role quantri) to manage the others; once accounts exist, every command needs a sign-in.',
  'accounts.currentPasswordWrong': 'The current password is wrong.',
  'accounts.samePassword': 'The new password must differ from the current one.',
  'accounts.passwordReused': 'The new password must not repeat any of the last {{count}} passwords.',
  'accounts.alreadyDisabled': 'Account "{{username}}" is already out of use.',
  'accounts.passwordTooShort': 'A password needs at least {{min}} characters.',
  'accounts.passwordNotMixed': 'A password needs at least three of four kinds: lower case, upper case, digits, special characters.',
  'accounts.passwordHasUsername': 'A password may not contain the user name.',
};
