import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { DirectoryTransfer } from './directory-transfer';
import type { DirectoryService } from './directory.service';

export function directoryHandlers(directory: DirectoryService, transfer: DirectoryTransfer) {
  return {
    'directory.listUnits': (input) => directory.listUnits(input),
    'directory.listPeople': (input) => directory.listPeople(input),
    'directory.search': (input) => directory.search(input),
    'directory.addUnit': (input, ctx) => directory.addUnit(input, actorOf(ctx)),
    'directory.updateUnit': (input, ctx) => directory.updateUnit(input, actorOf(ctx)),
    'directory.deactivateUnit': (input, ctx) => directory.deactivateUnit(input.id, actorOf(ctx)),
    'directory.addPerson': (input, ctx) => directory.addPerson(input, actorOf(ctx)),
    'directory.updatePerson': (input, ctx) => directory.updatePerson(input, actorOf(ctx)),
    'directory.deactivatePerson': (input, ctx) => directory.deactivatePerson(input.id, actorOf(ctx)),
    'directory.import': (input, ctx) => transfer.importFile(input, actorOf(ctx)),
    'directory.export': (input) => transfer.exportFile(input),
  } satisfies PartialHandlers;
}
