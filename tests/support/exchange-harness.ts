import fs from 'node:fs';
import path from 'node:path';
import type { AgencyProfile, AgencyProfileInput } from '../../src-shared/contracts/agency.contract';
import type { App } from '../../src-main/app/create-app';
import { EdocBuildInputSchema, type EdocBuildInputRaw } from '../../src-shared/contracts/exchange-model.contract';
import type { Clock } from '../../src-main/core/clock';
import { systemClock } from '../../src-main/core/clock';
import { dataLayout } from '../../src-main/core/data-paths';
import { loadMigrations, migrate } from '../../src-main/db/migrate';
import { openDatabase } from '../../src-main/db/open';
import { createAgencyRepo } from '../../src-main/features/agency/agency.repo';
import { createExchange, type Exchange, type HubTransportFactory } from '../../src-main/features/exchange/exchange.module';
import { fileKeySecretBox } from '../../src-main/features/exchange/secret-box';
import type { AttachmentCheck } from '../../src-main/features/exchange/sync-receiver';
import { createEventBus, type EventBus } from '../../src-main/rpc/events';
import { callDirect, memoryLogger, ROOT } from './app-harness';
import { tempDataDir } from './browser-mode';
import { DEFAULT_AGENCIES } from './hub-simulator/sim-server';

export const [AGENCY_A, AGENCY_B, AGENCY_VP] = DEFAULT_AGENCIES as [
  (typeof DEFAULT_AGENCIES)[0],
  (typeof DEFAULT_AGENCIES)[0],
  (typeof DEFAULT_AGENCIES)[0],
];

/** The agency profile of a simulator agency (its mã định danh as the agency code), for agency.saveProfile. */
export const hubAgencyProfile = (a: typeof AGENCY_A) => ({
  name: a.name,
  parentName: 'Ủy ban nhân dân tỉnh Mẫu',
  code: a.organId,
  abbreviation: 'SO',
  address: '01 Đường Chính',
  placeName: 'TP Mẫu',
});

/** What varies between the packets the tests send with exchange.sendDocument (Sở A's clerk by default). */
export interface HubLetter {
  CodeNumber: string;
  CodeNotation: string;
  PromulgationDate: string;
  Subject: string;
  Place?: string;
  TypeName?: string;
  FromName?: string;
  Signer?: string;
  Priority?: number;
}

/** A công văn from Sở A to Sở B with one PDF (by path), as exchange.sendDocument and `vanthu outbox send` take it. */
export const hubLetter = (pdf: string, l: HubLetter) => ({
  MessageHeader: {
    From: { OrganId: AGENCY_A.organId, OrganName: l.FromName ?? AGENCY_A.name },
    To: [{ OrganId: AGENCY_B.organId, OrganName: AGENCY_B.name }],
    Code: { CodeNumber: l.CodeNumber, CodeNotation: l.CodeNotation },
    PromulgationInfo: { Place: l.Place ?? 'TP Mẫu', PromulgationDate: l.PromulgationDate },
    DocumentType: { Type: 1, TypeDetail: 0, TypeName: l.TypeName ?? 'Công văn' },
    Subject: l.Subject,
    SignerInfo: { FullName: l.Signer ?? 'Trần Văn Mẫu' },
    OtherInfo: { Priority: l.Priority ?? 0, Direction: false, Appendixes: [] },
  },
  Attachments: [{ path: pdf }],
});

/** Records `profile` as the app's agency and connects it to the simulator at `sim` as `agency`. */
export async function connectToHub<A extends App>(
  app: A,
  sim: { url: string },
  agency: typeof AGENCY_A,
  profile: AgencyProfileInput = hubAgencyProfile(agency),
): Promise<A> {
  await callDirect(app, 'agency.saveProfile', profile);
  await callDirect(app, 'exchange.configureHub', { url: sim.url, systemId: agency.systemId, secret: agency.secret });
  return app;
}

/** register.addOutgoing's input: a công văn of Sở A's VP signed by its Giám đốc, sent electronically, with `over`. */
export const hubOutgoing = (over: Record<string, unknown>) => ({
  TypeName: 'Công văn',
  UnitAbbreviation: 'VP',
  SignerInfo: { Position: 'Giám đốc', FullName: 'Trần Văn Mẫu' },
  Medium: 'dien-tu',
  ...over,
});

export interface ExchangeNode {
  dataDir: string;
  exchange: Exchange;
  events: EventBus;
  profile: AgencyProfile;
  close(): void;
}

/**
 * One agency's exchange capability on a real data folder (real migrations, real SQLite, real file
 * store), wired as in createApp but without the other features, so exchange tests do not depend on
 * features being built beside them.
 */
export function exchangeNode(
  agency: (typeof DEFAULT_AGENCIES)[0],
  opts: {
    dataDir?: string;
    hubUrl?: string;
    clock?: Clock;
    transportFactory?: HubTransportFactory;
    checkAttachment?: AttachmentCheck;
  } = {},
): ExchangeNode {
  const dataDir = opts.dataDir ?? tempDataDir('vanthu-exch-');
  fs.mkdirSync(dataDir, { recursive: true });
  const database = openDatabase(dataLayout(dataDir).database);
  migrate(database.sqlite, loadMigrations(path.join(ROOT, 'migrations')));
  const profile: AgencyProfile = {
    name: agency.name,
    parentName: 'UBND tỉnh Mẫu',
    code: agency.organId,
    abbreviation: 'SO',
    address: '01 Đường Chính',
    placeName: 'TP Mẫu',
    system: 'state',
  };
  const repo = createAgencyRepo(database.db);
  if (!repo.get()) repo.save(profile, new Date().toISOString());
  const events = createEventBus();
  const exchange = createExchange({
    db: database.db,
    dataDir,
    clock: opts.clock ?? systemClock,
    logger: memoryLogger(),
    events,
    secretBox: fileKeySecretBox(dataDir),
    agency: { getProfile: () => repo.get() },
    ...(opts.transportFactory ? { transportFactory: opts.transportFactory } : {}),
    ...(opts.checkAttachment ? { checkAttachment: opts.checkAttachment } : {}),
  });
  if (opts.hubUrl) exchange.configureHub({ url: opts.hubUrl, systemId: agency.systemId, secret: agency.secret });
  return { dataDir, exchange, events, profile, close: () => database.close() };
}

let counter = 0;

/** A small outgoing document from `from` to `to`, with one PDF attachment. */
export function sampleDocument(
  from: (typeof DEFAULT_AGENCIES)[0],
  to: (typeof DEFAULT_AGENCIES)[0][],
  dir: string,
  n = ++counter,
  extra: Partial<EdocBuildInputRaw> = {},
) {
  const pdf = path.join(dir, `vb-${n}.pdf`);
  fs.writeFileSync(pdf, `%PDF-1.7\n% văn bản số ${n}\n%%EOF\n`);
  const raw: EdocBuildInputRaw = {
    MessageHeader: {
      From: { OrganId: from.organId, OrganName: from.name, OrganizationInCharge: 'UBND tỉnh Mẫu' },
      To: to.map((t) => ({ OrganId: t.organId, OrganName: t.name })),
      Code: { CodeNumber: String(n), CodeNotation: 'SO-VP' },
      PromulgationInfo: { Place: 'TP Mẫu', PromulgationDate: '2025-03-05' },
      DocumentType: { Type: 1, TypeDetail: 0, TypeName: 'Công văn' },
      Subject: `V/v thử liên thông số ${n}`,
      SignerInfo: { Position: 'Giám đốc', FullName: 'Trần Văn Mẫu' },
      OtherInfo: { Priority: 0, Direction: false, Appendixes: [] },
    },
    Attachments: [{ path: pdf, AttachmentName: `${n}-SO-VP.pdf` }],
    ...extra,
  };
  return EdocBuildInputSchema.parse(raw);
}
