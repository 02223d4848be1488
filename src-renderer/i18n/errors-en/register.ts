/**
 * English error texts — the register (numbering, finding, cancelling), the workflow of an incoming
 * document and the internal directory. Merged in ../errors.en.ts.
 */
import type { REGISTER_TEXTS } from '../../../src-shared/rpc/error-texts/register';

export const REGISTER_EN: Readonly<Record<keyof typeof REGISTER_TEXTS, string>> = {
  'register.busy': 'Another session is writing to the register; try again in a moment. No number has been given.',
  'register.numberTaken': 'This number was already given to another document (same number in the year); nothing was written.',
  'register.entryHidden': 'Document not found.',
  'register.entryNotFound': 'No document with id {{id}} in the register.',
  'register.alreadyCancelled': 'Number {{number}} was already cancelled ({{at}}).',
  'register.correctCancelled': 'The number is cancelled; a cancelled document cannot be corrected.',
  'register.numberingLocked':
    'Year {{year}} already has {{issued}} outgoing numbers under the current numbering; the numbering can only change before the first number of the year.',
  'register.noAgencyProfile': 'The agency profile (name, abbreviation) is missing: finish the setup before numbering outgoing documents.',
  'register.searchEmpty': 'Enter at least one word or number to search for (q).',
  'register.fileNotStored': 'File {{file}}… is not in the file store; import it (files.import) before registering.',
  'register.cancelIncoming': 'Only an outgoing number can be cancelled; incoming numbers are never cancelled.',
  'register.correctUnknownField': 'Field "{{field}}" cannot be corrected (only: {{allowed}}).',
  'register.correctFixedOutgoing':
    '{{field}} of an outgoing document is given by the register (or does not apply) and cannot be corrected; if the number is wrong, cancel it and register again.',
  'register.correctOutgoingOnly': '{{field}} applies to outgoing documents only.',
  'register.correctUnknownType': 'Document type (TypeName) "{{typeName}}" is not in the catalogue.',
  'register.signerRequired': "The signer's full name (SignerInfo.FullName) is required for an outgoing document.",
  'register.unknownType':
    'Document type (TypeName) "{{typeName}}" is not in the catalogue of document types (Decree 30/2020, legal normative documents, Party documents, other types or the agency\'s own types).',
  'register.legalNotOutgoing':
    '{{type}} is a legal normative document and is not registered in the administrative outgoing register; choose one of the 29 administrative types or a copy.',
  'register.soKyHieuBoth': 'Enter either SoKyHieu or the two fields CodeNumber and CodeNotation, not both.',
  'register.soKyHieuInvalid': 'Document number and symbol ({{field}}): {{inner}}',
  'register.unitAbbrInvalid': 'Unit abbreviation (UnitAbbreviation): {{inner}}',
  'register.notationInvalid': 'Document symbol (CodeNotation): {{inner}}',
  'register.partyTypeAbbrInvalid': 'Type abbreviation (TypeAbbreviation): {{inner}}',
  'register.partyIssuerAbbrInvalid': 'Issuer abbreviation (IssuerAbbreviation): {{inner}}',
  'register.partyThirdGroupInvalid': 'Third symbol group (UnitAbbreviation): {{inner}}',
  'register.arrivalFuture': 'The arrival date (ArrivalDate) {{date}} is in the future; today is {{today}}.',
  'register.arrivalBeforeIssued': 'The arrival date ({{arrival}}) is before the document date ({{issued}}); please check the dates.',
  'register.dueBeforeArrival': 'The handling deadline ({{due}}) is already past the arrival date ({{arrival}}).',
  'register.dueBeforeIssue': 'The reply deadline ({{due}}) is already past the issue date ({{today}}).',
  'register.arrivalOtherYear':
    "The arrival date (ArrivalDate) {{date}} is not in {{year}}: incoming numbers run per year of receipt, and a document of an earlier year is not registered in this year's register.",
  'register.partyFieldsForState':
    'IssuerAbbreviation, TypeAbbreviation and Congress are for Party bodies only (the agency profile chooses the Party document system); a State agency uses UnitAbbreviation and the abbreviations of Appendix III.',
  'register.unitRequired':
    "{{type}} has no type abbreviation; its symbol is the agency's abbreviation and the drafting unit or field (e.g. 05/{{agency}}-VP). Enter UnitAbbreviation.",
  'register.partyAbbrFixed': '{{type}} has the standard abbreviation "{{abbr}}"; leave TypeAbbreviation empty or enter "{{abbr}}".',
  'register.partyAbbrNeeded':
    "{{type}} has no standard abbreviation in the Party's table: enter the type abbreviation the agency uses (TypeAbbreviation), then number it; no number has been given.",
  'register.partyAbbrTaken':
    'The abbreviation "{{abbr}}" belongs to {{taken}} in the Party\'s table; {{type}} needs another one so the two types\' numbers do not mix.',
  'register.partyUnknownType':
    'Document type (TypeName) "{{typeName}}" is not in the Party\'s catalogue of documents (Regulation 399-QĐ/TW).',
  'register.congressIssuer':
    'Congress documents share one series for every type, so their symbol carries the abbreviation of the congress or of its body (default "{{issuer}}", e.g. 01-NQ/{{issuer}}), not the committee\'s "{{agency}}": a number like 01-NQ/{{agency}} already belongs to the committee\'s own series.',
  'register.notationTooLong': 'The symbol "{{notation}}" is longer than {{max}} characters (field CodeNotation).',
  'workflow.entryNotFound': 'There is no document with id {{id}} in the register.',
  'workflow.notIncoming': 'Document {{id}} is an outgoing document; only incoming documents are presented, directed and handed over.',
  'workflow.stepBeforeArrival': "The step's date {{date}} is before the document's arrival date ({{arrival}}).",
  'workflow.handOverBeforeArrival': "The hand-over date {{date}} is before the document's arrival date ({{arrival}}).",
  'workflow.presentToPerson': 'A document is presented to a leader (a person), not to a unit.',
  'workflow.noRecipients':
    "No unit or person to receive it: record the leader's direction (or a direct hand-over) or choose the recipients.",
  'workflow.unitLeaderIsPerson': "The unit leader's opinion is given by a person (the unit leader), not by a unit.",
  'workflow.assignToPerson': 'The unit leader assigns the document to a person, not to a unit.',
  'workflow.dueNeedsAssignee': 'A deadline for a person needs the person it is assigned to.',
  'workflow.extensionNeedsDue': 'An extension needs a new deadline (dueDate) or a number of working days (dueInWorkingDays).',
  'workflow.replyMissing': 'Completed by a reply: choose the outgoing reply document (replyEntryId).',
  'workflow.replyNotFound': "Reply document: there is no document with id {{id}} in the agency's register.",
  'workflow.replyNotOutgoing': 'The reply must be an outgoing document of the agency; the chosen document is an incoming one.',
  'workflow.replyCancelled': 'The chosen reply is a cancelled outgoing number.',
  'workflow.noActionNeedsReason': 'Completing as "no action needed" needs a reason.',
  'workflow.noProjection': 'Document {{id}} has no workflow tracking row (incoming_workflow).',
  'workflow.staleStep': 'Another step was just recorded on this document; reload, then record again.',
  'workflow.unknownUnit':
    '{{label:workflowRole}}: there is no unit "{{name}}" in the internal directory. Add this unit to the directory, then record again.',
  'workflow.unknownPerson':
    '{{label:workflowRole}}: there is no staff member "{{name}}" in the internal directory. Add this person to the directory, then record again.',
  'workflow.inactiveUnit': '{{label:workflowRole}}: unit "{{name}}" is marked inactive in the directory.',
  'workflow.inactivePerson': '{{label:workflowRole}}: staff member "{{name}}" is marked inactive in the directory.',
  'workflow.ambiguousUnit':
    '{{label:workflowRole}}: {{count}} units are named "{{name}}" in the directory; choose one from the suggestions (by id).',
  'workflow.ambiguousPerson':
    '{{label:workflowRole}}: {{count}} staff members are named "{{name}}" in the directory; choose one from the suggestions (by id).',
  'workflow.assigneeStepNotAllowed':
    'Staff can only record progress and completion of documents assigned to them; the step "{{step}}" is for the records clerk and leaders.',
  'workflow.completeNotLead':
    'Only the person or unit in charge (or the one the document was handed to) can record completion; this document is not assigned to you to lead.',
  'workflow.progressNotAssigned':
    'This document is not assigned to you or your unit (in charge or cooperating), so you cannot record its progress.',
  'workflow.noProcess': 'Document {{id}} is an outgoing document; it has no incoming-document workflow.',
  'workflow.fromAfterTo': 'The start date must be on or before the end date.',
  'directory.unitNotFound': 'There is no unit with id {{id}} in the directory.',
  'directory.personNotFound': 'There is no staff member with id {{id}} in the directory.',
  'directory.unitExists': 'The directory already has a unit "{{name}}".',
  'directory.parentIsSelf': 'A unit cannot be its own parent unit.',
  'directory.parentIsChild': "A unit's parent cannot be one of its own sub-units.",
  'directory.fileNotBase64': 'Directory file: the content is not valid base64.',
  'directory.missingColumnUnits': 'Units directory file: row 1 lacks the column "{{column}}". Accepted columns: {{columns}}.',
  'directory.missingColumnPeople': 'Staff directory file: row 1 lacks the column "{{column}}". Accepted columns: {{columns}}.',
  'directory.rowNotUuid': '"{{value}}" is not a UUID.',
  'directory.rowNotYesNo': '"{{value}}" is not yes or no.',
  'directory.rowNoParent': 'there is no unit "{{ref}}" in the directory or in the rows above.',
  'directory.rowNoUnit': 'there is no unit "{{ref}}" in the directory (import the units first).',
  'directory.importErrorsUnits': 'The units directory file has {{count}} errors; no row was imported.\n{{errors}}',
  'directory.importErrorsPeople': 'The staff directory file has {{count}} errors; no row was imported.\n{{errors}}',
  'register.importNumberTaken':
    'Number {{number}} ({{series}}) of {{year}} is already in the register; a given number is not given again. No row was written.',
  'register.possibleDuplicateIncoming':
    'The document may already be registered: it matches incoming no. {{number}}/{{year}} — "{{subject}}". If it really is another document, confirm "not a duplicate" to register it.',
  'register.possibleDuplicateIncomingMany':
    'The document may already be registered: it matches incoming no. {{number}}/{{year}} — "{{subject}}" and {{others}} other documents. If it really is another document, confirm "not a duplicate" to register it.',
  'register.possibleDuplicateOutgoing':
    'The document may already be registered: it matches {{number}} ({{year}}) — "{{subject}}". If it really is another document, confirm "not a duplicate" to register it.',
  'register.possibleDuplicateOutgoingMany':
    'The document may already be registered: it matches {{number}} ({{year}}) — "{{subject}}" and {{others}} other documents. If it really is another document, confirm "not a duplicate" to register it.',
  'register.noTermForDate':
    '{{date}} falls in no declared term: Party documents are numbered by the committee\'s term. Declare the term (Settings → Terms, or "vanthu agency term-add"), then give the number; no number has been given.',
  'register.badCursor': 'The page cursor (cursor) is not valid.',
  'register.termPartyOnly': 'Terms (Term) are for Party bodies only.',
  'register.replyNotCompleted':
    'The incoming document being answered ({{entryId}}) could not be completed: {{inner}} The outgoing document was not registered; no number was used.',
  'register.recalledFrozen':
    'Outgoing document {{number}} was recalled on {{date}} (reason: {{reason}}); a recalled document can no longer {{action:recalledAction}}. To change its content, issue a replacement document.',
};
