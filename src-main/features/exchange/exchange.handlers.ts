import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import { scopeOf } from '../accounts/permission.service';
import type { Exchange } from './exchange.module';

export function exchangeHandlers(exchange: Exchange) {
  return {
    'exchange.parsePacket': (i) => exchange.parsePacket(i.path, i.extractTo),
    'exchange.buildPacket': (i) => exchange.buildPacket(i.packet, i.out),
    'exchange.configureHub': (i, ctx) => exchange.configureHub(i, actorOf(ctx)),
    'exchange.hubInfo': () => exchange.hubInfo(),
    'exchange.sync': (i) =>
      exchange.sync({
        ...(i.concurrency ? { concurrency: i.concurrency } : {}),
        policy: { ...(i.retryBaseMs ? { baseMs: i.retryBaseMs } : {}), ...(i.retryCapMs ? { capMs: i.retryCapMs } : {}) },
      }),
    'exchange.sendDocument': (i) => exchange.sendDocument(i.packet),
    'exchange.sendEntry': (i) => exchange.sendEntry(i.entryId, i.to, { confirmRestricted: i.confirmRestricted }),
    'exchange.registerIncoming': (i, ctx) =>
      exchange.registerIncoming(i.inboxId, i.overrides, actorOf(ctx), i.confirmBrokenSignature ?? false),
    'exchange.listOutbox': (i) => exchange.listOutbox(i),
    'exchange.retryOutbox': (i) => exchange.retryOutbox(i.id),
    'exchange.listInbox': (i) => exchange.listInbox(i),
    'exchange.refuseIncoming': (i) => exchange.refuseIncoming(i.id, i.reason),
    'exchange.reportProgress': (i) => exchange.reportProgress(i.documentId, i.code, i.description),
    'exchange.requestTakeBack': (i) => exchange.requestTakeBack(i.documentId, i.reason),
    'exchange.answerChange': (i) => exchange.answerChange(i.id, i.accept, i.reason),
    'exchange.deliveries': (i) => exchange.deliveries(i.documentId),
    'exchange.listAgencies': (i) => exchange.listAgencies(i.query, i.limit),
    'exchange.refreshAgencies': () => exchange.refreshAgencies(),
    'exchange.saveSettings': (i) => exchange.saveSettings(i.revokeAnswer),
    'exchange.answerRequest': (i, ctx) => exchange.answerRequest(i.id, i.accept, i.reason, actorOf(ctx)),
    'exchange.recallEntry': (i, ctx) => exchange.recallEntry(i.entryId, i.reason, actorOf(ctx)),
    'exchange.takeBackEntry': (i) => exchange.takeBackEntry(i.entryId, i.reason),
    'exchange.replaceEntry': (i, ctx) => exchange.replaceEntry(i.entryId, i.byEntryId, i.mode, actorOf(ctx)),
    'exchange.entryFiles': (i, ctx) => exchange.entryFiles(i.entryId, scopeOf(ctx)),
    'exchange.entryDeliveries': (i) => exchange.entryDeliveries(i.entryId),
    'exchange.recipientChannels': (i) => exchange.recipientChannels(i.entryId),
  } satisfies PartialHandlers;
}
