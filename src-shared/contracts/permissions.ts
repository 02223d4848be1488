/**
 * What each operation needs, declared once for the router's one authorisation check.
 *
 * Why a table beside the contracts rather than a field on defineOperation: the table is typed
 * `{ [N in OperationName]: … }`, so an operation added anywhere without a line here fails the
 * typecheck (the merge of a new feature's operations is mechanical: add one line each), and at run
 * time an operation missing from the table is refused (deny by default), never allowed.
 */
import type { Role } from './accounts.contract';
import type { OperationName } from './index';

// The named sets the capability list and the role tables are composed of.
/** Document reading: a chuyên viên's whole part, and part of every role that works on documents. */
const READING = ['reference', 'documents.read', 'progress'] as const;
/** The register's document work, which văn thư and lãnh đạo share. */
const DOCUMENT_WORK = ['register.write', 'workflow', 'books', 'exchange', 'signing'] as const;
/** The agency's set-up that văn thư and quản trị both keep. */
const SET_UP = ['settings', 'calendar', 'directory'] as const;
/** Data care, the administrator's. */
const ADMINISTRATION = ['accounts', 'backups'] as const;

/**
 * - open: anyone, even before signing in (app info, sign-in, session status, the first administrator).
 * - session: the signed-in person about their own account (also while a password change is due).
 * - reference: shared reference data every signed-in role reads (agency, directory, calendar, types).
 * - documents.read: register entries, their files, workflow and Việc cần làm — a chuyên viên only
 *   those given to them or their unit (a mật one only when given to them), or drafted by them
 *   (filtered in SQL; asking by id for another is NotFound).
 * - progress: recording workflow steps. With 'workflow' too, every step; without it (chuyên viên),
 *   the service admits only tiến độ and hoàn thành on documents assigned to them or their unit.
 * - The others are whole areas, granted by role (ROLE_CAPABILITIES).
 */
export const CAPABILITIES = ['open', 'session', ...READING, ...DOCUMENT_WORK, 'intake', ...SET_UP, 'audit', ...ADMINISTRATION] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface OperationPermission {
  readonly need: Capability;
  /** Input field holding a register entry id: the entry must be visible to the account (else NotFound). */
  readonly entry?: string;
  /** Input field holding a stored file's sha256: it must belong to a visible entry (else NotFound). */
  readonly file?: string;
}

/** Capabilities of each role; an account holds the union of its roles'. */
export const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  vanthu: [...READING, ...DOCUMENT_WORK, 'intake', ...SET_UP],
  lanhdao: [...READING, ...DOCUMENT_WORK, 'audit'],
  chuyenvien: READING,
  quantri: ['reference', ...SET_UP, 'audit', ...ADMINISTRATION],
};

/**
 * Why an area is refused, added to the router's Forbidden message where the generic sentence would
 * leave the person guessing.
 */
export const REFUSAL_REASONS: Partial<Record<Capability, string>> = {
  // A register book is the agency's one numbered record, printed and bound whole (Phụ lục IV Nghị định
  // 30/2020); a copy holding only one person's documents would have gaps in its numbering and could be
  // taken for the book. So books, their exports and imports stay with văn thư and lãnh đạo.
  books:
    'Sổ đăng ký là sổ chung của cơ quan, đánh số liên tục và in, đóng quyển đầy đủ; sổ chỉ gồm văn bản được giao cho một người sẽ bị hụt số nên không in, không xuất được. Văn bản được giao cho bạn có ở mục Sổ văn bản (danh sách, tìm kiếm) và Việc cần làm.',
  'documents.read': 'Quản trị lo tài khoản, lịch, cài đặt và sao lưu; không xem nội dung văn bản.',
};

/** Roles that see every register entry; others (chuyên viên) see only what entry_access gives them. */
export const SEES_ALL_ENTRIES: readonly Role[] = ['vanthu', 'lanhdao'];

const p = (need: Capability, extra: { entry?: string; file?: string } = {}): OperationPermission => ({ need, ...extra });

export const OPERATION_PERMISSIONS: { readonly [N in OperationName]: OperationPermission } = {
  'app.info': p('open'),
  'agency.getProfile': p('reference'),
  'agency.saveProfile': p('settings'),
  'agency.listTerms': p('reference'),
  'agency.addTerm': p('settings'),
  'agency.endTerm': p('settings'),
  'agency.listTypes': p('reference'),
  'agency.addType': p('settings'),
  'agency.updateType': p('settings'),
  'register.addIncoming': p('register.write'),
  'register.addOutgoing': p('register.write'),
  'register.preview': p('register.write'),
  'register.list': p('documents.read'),
  'register.search': p('documents.read'),
  'register.get': p('documents.read', { entry: 'id' }),
  'register.cancelOutgoing': p('register.write', { entry: 'id' }),
  'register.correct': p('register.write', { entry: 'id' }),
  'register.checkDuplicates': p('register.write'),
  'register.organNames': p('register.write'),
  'register.getSettings': p('reference'),
  'register.saveSettings': p('settings'),
  'files.import': p('register.write'),
  'files.importBytes': p('register.write'),
  'files.info': p('documents.read', { file: 'sha256' }),
  // Purging a file is the administrator's, like backups: data care, not document work.
  'files.purge': p('backups'),
  // Everyone signed in sees whether backups are current (the sidebar warning); running them is the administrator's.
  'backup.status': p('reference'),
  'backup.saveSettings': p('backups'),
  'backup.folderChoices': p('backups'),
  'backup.chooseFolder': p('backups'),
  'backup.setPassphrase': p('backups'),
  'backup.run': p('backups'),
  'backup.list': p('backups'),
  'backup.verify': p('backups'),
  'backup.restore': p('backups'),
  'audit.verify': p('audit'),
  'intake.listDevices': p('intake'),
  'intake.scan': p('intake'),
  'intake.cancel': p('intake'),
  'intake.importFiles': p('intake'),
  'intake.listBatches': p('intake'),
  'intake.getBatch': p('intake'),
  'intake.resumeBatch': p('intake'),
  'intake.discardBatch': p('intake'),
  'intake.editPages': p('intake'),
  'intake.splitBatch': p('intake'),
  'intake.assemble': p('intake'),
  'intake.ocr': p('intake'),
  'intake.extractFields': p('intake'),
  'intake.avScan': p('intake'),
  'intake.avStatus': p('intake'),
  'intake.stampArrival': p('intake'),
  'intake.hotFolderPoll': p('intake'),
  'intake.getSettings': p('intake'),
  'intake.saveSettings': p('settings'),
  'intake.createBatch': p('intake'),
  'intake.importBytes': p('intake'),
  'exchange.parsePacket': p('exchange'),
  'exchange.buildPacket': p('exchange'),
  'exchange.configureHub': p('settings'),
  'exchange.hubInfo': p('exchange'),
  'exchange.sync': p('exchange'),
  'exchange.sendDocument': p('exchange'),
  'exchange.sendEntry': p('exchange'),
  'exchange.registerIncoming': p('exchange'),
  'exchange.listOutbox': p('exchange'),
  'exchange.retryOutbox': p('exchange'),
  'exchange.listInbox': p('exchange'),
  'exchange.refuseIncoming': p('exchange'),
  'exchange.reportProgress': p('exchange'),
  'exchange.requestTakeBack': p('exchange'),
  'exchange.answerChange': p('exchange'),
  'exchange.deliveries': p('exchange'),
  'exchange.listAgencies': p('exchange'),
  'exchange.refreshAgencies': p('exchange'),
  'exchange.saveSettings': p('settings'),
  'exchange.answerRequest': p('exchange'),
  // The indicator and Việc cần làm warn everyone signed in when the hub has not been reached.
  'exchange.syncHealth': p('reference'),
  // Sending by post is the văn thư's like sending through the hub; its book is a book.
  'post.list': p('exchange'),
  'post.record': p('exchange'),
  'post.envelopes': p('exchange'),
  'post.printBook': p('books'),
  'post.volumes': p('books'),
  'exchange.recallEntry': p('exchange', { entry: 'entryId' }),
  'exchange.takeBackEntry': p('exchange', { entry: 'entryId' }),
  'exchange.replaceEntry': p('exchange', { entry: 'entryId' }),
  'exchange.entryFiles': p('documents.read', { entry: 'entryId' }),
  'exchange.entryDeliveries': p('documents.read', { entry: 'entryId' }),
  'exchange.recipientChannels': p('documents.read', { entry: 'entryId' }),
  'books.print': p('books'),
  'books.volumes': p('books'),
  'books.report': p('books'),
  'books.reportPdf': p('books'),
  'books.export': p('books'),
  'books.importPreview': p('books'),
  'books.import': p('books'),
  'books.printPhieu': p('books'),
  'books.printFollowUp': p('books'),
  'books.followUpVolumes': p('books'),
  'books.handlingReport': p('books'),
  'books.handlingReportFile': p('books'),
  'signing.listTokens': p('signing'),
  'signing.sign': p('signing'),
  'signing.signBatch': p('signing'),
  'signing.verify': p('signing'),
  'signing.importTrust': p('settings'),
  'signing.signStored': p('signing'),
  'signing.signStoredBatch': p('signing'),
  'signing.verifyStored': p('signing'),
  'signing.listRevisions': p('signing'),
  'signing.getSettings': p('signing'),
  'signing.saveSettings': p('settings'),
  'signing.saveImage': p('signing'),
  'signing.listModules': p('signing'),
  'calendar.getYear': p('reference'),
  'calendar.overview': p('reference'),
  'calendar.saveSettings': p('calendar'),
  'calendar.saveNotice': p('calendar'),
  'calendar.importNotice': p('calendar'),
  'calendar.deadline': p('reference'),
  'calendar.workingDaysBetween': p('reference'),
  'calendar.recompute': p('calendar'),
  'directory.listUnits': p('reference'),
  'directory.listPeople': p('reference'),
  'directory.search': p('reference'),
  'directory.addUnit': p('directory'),
  'directory.updateUnit': p('directory'),
  'directory.deactivateUnit': p('directory'),
  'directory.addPerson': p('directory'),
  'directory.updatePerson': p('directory'),
  'directory.deactivatePerson': p('directory'),
  'directory.import': p('directory'),
  'directory.export': p('directory'),
  'workflow.get': p('documents.read', { entry: 'entryId' }),
  'workflow.step': p('progress', { entry: 'entryId' }),
  // Việc cần làm: a chuyên viên's counts and lists hold only what they may see (filtered in SQL).
  'workflow.todo': p('documents.read'),
  'workflow.todoList': p('documents.read'),
  'workflow.getSettings': p('reference'),
  'workflow.saveSettings': p('settings'),
  'workflow.followUp': p('workflow'),
  'workflow.handlingTally': p('workflow'),
  'workflow.registerReply': p('register.write'),
  'accounts.status': p('open'),
  'accounts.signIn': p('open'),
  'accounts.signOut': p('open'),
  'accounts.createFirstAdmin': p('open'),
  'accounts.unlockSession': p('session'),
  'accounts.changePassword': p('session'),
  'accounts.confirmPermissions': p('session'),
  'accounts.list': p('accounts'),
  'accounts.add': p('accounts'),
  'accounts.update': p('accounts'),
  'accounts.disable': p('accounts'),
  'accounts.unlock': p('accounts'),
  'accounts.resetPassword': p('accounts'),
  'accounts.getPolicy': p('reference'),
  'accounts.savePolicy': p('accounts'),
};

/** The permission of an operation by name; undefined (refused by the router) when none is declared. */
export function permissionOf(name: string): OperationPermission | undefined {
  return Object.prototype.hasOwnProperty.call(OPERATION_PERMISSIONS, name) ? OPERATION_PERMISSIONS[name as OperationName] : undefined;
}

export function capabilitiesOf(roles: readonly Role[]): Set<Capability> {
  return new Set(roles.flatMap((r) => ROLE_CAPABILITIES[r]));
}

/**
 * Whether an account holding `roles` may call an operation: the router's rule, read by the renderer to
 * show only the screens and tabs the person can use (the router still checks every call).
 */
export function mayCall(roles: readonly Role[], name: OperationName): boolean {
  const need = OPERATION_PERMISSIONS[name].need;
  if (need === 'open' || need === 'session') return true;
  if (need === 'reference') return roles.length > 0;
  return capabilitiesOf(roles).has(need);
}
