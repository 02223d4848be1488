/**
 * English error texts — the domain's own checks (dates, "số, ký hiệu", the working calendar, the
 * workflow's steps and deadlines). Merged in ../errors.en.ts.
 */
import type { DOMAIN_TEXTS } from '../../../src-shared/rpc/error-texts/domain';

export const DOMAIN_EN: Readonly<Record<keyof typeof DOMAIN_TEXTS, string>> = {
  'domain.dateNotIso': '"{{text}}" is not a year-month-day date (YYYY-MM-DD), for example 2026-03-05.',
  'domain.dateNotDmy': '"{{text}}" is not a day/month/year date (dd/mm/yyyy), for example 05/03/2026.',
  'domain.dateBadYear': 'Year {{year}} in the date "{{date}}" is not valid.',
  'domain.dateBadMonth': 'Month {{month}} in the date "{{date}}" is not valid (months run from 1 to 12).',
  'domain.dateNoSuchDay': 'The date "{{date}}" does not exist: month {{month}} of {{year}} has only {{days}} days.',
  'domain.instantNotIso': 'The time "{{instant}}" is not an ISO 8601 time with a time zone (for example 2026-03-05T08:30:00+07:00).',
  'domain.instantNoSuch': 'The time "{{instant}}" does not exist.',
  'domain.badZone': 'The time zone "{{zone}}" is not valid.',

  'domain.soKyHieuEmpty': 'The document number and symbol are not filled in.',
  'domain.soKyHieuTooLong': 'The document number and symbol are {{length}} characters long, over the {{max}} allowed.',
  'domain.notationAfterNumber': 'The document symbol is missing after the number {{number}}, for example: {{number}}/QĐ-UBND.',
  'domain.slashMissing': 'The slash (/) between the number and the symbol is missing in "{{text}}", for example: 123/QĐ-UBND.',
  'domain.numberBeforeNotation': 'The document number is missing before the symbol "{{text}}", for example: 123/{{text}}.',
  'domain.numberBeforeSlash': 'The document number is missing before the slash (/), for example: 123/QĐ-UBND.',
  'domain.partyForm':
    '"{{text}}" has the number-type/issuer form (of Party documents), not the form of Decree 30/2020/NĐ-CP; enter the number and the symbol apart.',
  'domain.numberNotDigits': 'The document number "{{number}}" must be written in Arabic digits (0-9).',
  'domain.numberTooLong':
    'The document number is {{length}} digits long, over the {{max}} characters allowed (CodeNumber field, Appendix VI of Decree 30/2020/NĐ-CP).',
  'domain.numberZero': 'Document numbers start at 01; there is no document number 0.',
  'domain.notationAfterSlash': 'The document symbol is missing after the slash (/), for example: 123/QĐ-UBND.',
  'domain.notationSlash':
    'The symbol "{{notation}}" has a slash (/) in the wrong place; a slash goes only between the number and the symbol, and after the year of a legal normative document (for example: 30/2020/NĐ-CP).',
  'domain.notationYear': 'The year "{{year}}" in the symbol is not valid.',
  'domain.notationAfterYear': 'The document symbol is missing after the year, for example: 30/{{year}}/NĐ-CP.',
  'domain.notationTooLong':
    'The document symbol is {{length}} characters long, over the {{max}} allowed (CodeNotation field, Appendix VI of Decree 30/2020/NĐ-CP).',
  'domain.fieldDate': '{{field:dateField}} ({{tag}}): {{inner}}',
  'domain.fieldYear': '{{field:dateField}} ({{tag}}): the year {{year}} is not valid.',
  'domain.notationSingleGroup':
    'The symbol "{{text}}" has only one group of letters; under Decree 30/2020/NĐ-CP a symbol joins the type abbreviation and the issuing body (for example QĐ-UBND) or, for an official letter, the body and its unit (for example UBND-VP) with a hyphen. The hyphen may have been lost in recognition.',
  'domain.notationNumericGroup': 'The group "{{group}}" in the symbol is only digits; a symbol is made of abbreviations, please check it.',
  'domain.notationLowercaseGroup': 'The group "{{group}}" is in lower case; document symbols are written in capitals.',
  'domain.notationOutdated':
    '"{{abbreviation}}" is an old abbreviation (Circular 01/2011); Decree 30/2020/NĐ-CP uses "{{now}}" for {{type}}.',
  'domain.notationUnofficial':
    '"{{abbreviation}}" is not an official abbreviation: {{type}} has no type abbreviation; the symbol is [body]-[unit], for example UBND-VP.',
  'domain.notationTypeCase':
    'The type abbreviation "{{abbreviation}}" is not written correctly; Appendix III of Decree 30/2020/NĐ-CP gives "{{official}}" ({{type}}).',
  'domain.notationMissingYear':
    'A decree is a legal normative document; its symbol must include the year of issue, for example 30/2020/NĐ-CP.',
  'domain.soKyHieuUnparsed':
    'The number and symbol "{{text}}" follow neither the State form (number/symbol, for example 45/UBND-VP) nor the Party form (number-type/body, for example 19-QC/HU); the document is still registered with the number and symbol exactly as printed.',
  'domain.soKyHieuUnparsedWhy':
    'The number and symbol "{{text}}" follow neither the State form (number/symbol, for example 45/UBND-VP) nor the Party form (number-type/body, for example 19-QC/HU); the document is still registered with the number and symbol exactly as printed ({{inner}}).',
  'domain.partyTypeUnknown':
    '"{{abbreviation}}" is not in the Party table of document type abbreviations; the document is still registered, please check its type.',
  'domain.composedTooLong': 'The symbol "{{notation}}" is over {{max}} characters (CodeNotation field).',
  'domain.groupEmpty': 'The symbol has an empty abbreviation group (two hyphens in a row, or a hyphen at the start or end).',
  'domain.groupSpace': 'The symbol "{{group}}" has a space; abbreviations are written without spaces, groups joined by a hyphen (-).',
  'domain.groupCharacter':
    'The symbol has the invalid character "{{char}}" in the group "{{group}}"; use only letters, digits and a hyphen (-) between groups.',

  'domain.yearOutOfRange': 'Year {{year}} is outside the supported calendar ({{min}}-{{max}}).',
  'domain.restDaysRange': 'Weekly rest days must be numbers from 0 (Sunday) to 6 (Saturday): {{days}}.',
  'domain.noWorkingDay': 'A week must have at least one working day.',
  'domain.sessionCount': 'Office hours must have 1 to 4 sessions.',
  'domain.sessionFormat': 'Office hours "{{start}}-{{end}}" are not in the HH:MM form (for example 07:30).',
  'domain.sessionReversed': 'The session {{start}}-{{end}} ends before it starts.',
  'domain.sessionOverlap': 'The session {{start}}-{{end}} overlaps the one before.',
  'domain.noticeSource': 'A notice must give the number and symbol of its document (for example 9441/TB-BNV), at most 100 characters.',
  'domain.noticeDate': 'Date "{{day}}" in notice {{source}}: {{inner}}',
  'domain.noticeOtherYear': 'The day {{day}} is not in the year {{year}} of notice {{source}}.',
  'domain.noticeTwice': 'The day {{day}} is listed twice in notice {{source}}.',
  'domain.notRestDay': 'The make-up working day {{day}} is not a weekly rest day.',
  'domain.weekWithoutWork': 'Notice {{source}} leaves the week starting {{from}} without any working day.',
  'domain.dayOutOfRange': 'The day {{day}} is outside the supported calendar (01/01/{{min}}-31/12/{{max}}).',
  'domain.nextDayOutOfRange': 'The day after {{day}} is outside the supported calendar (01/01/{{min}}-31/12/{{max}}).',
  'domain.workingDaysOutOfRange': '{{day}} + {{n}} working days is outside the supported calendar (01/01/{{min}}-31/12/{{max}}).',
  'domain.workingHoursOutOfRange': '{{day}} + {{n}} working hours is outside the supported calendar (01/01/{{min}}-31/12/{{max}}).',
  'domain.stepsRange': 'The number of {{unit:workingUnit}} must be a whole number from 0 to {{max}}, not {{n}}.',

  'workflow.deadlineBeforeArrival': '{{label:deadlineLabel}} {{due}} is before the day the document arrived ({{arrival}}).',
  'workflow.extensionNotLater': 'The new deadline {{due}} must be after the current one, {{current}}.',
  'workflow.stepAfterRecall': 'The document was recalled: no further "{{step:workflowStep}}" step can be recorded.',
  'workflow.stepAfterCompletion':
    'The document is completed: to record a "{{step:workflowStep}}" step, reopen it first (the "Reopen" step, with a reason).',
  'workflow.stepNotAllowed':
    'A "{{step:workflowStep}}" step cannot be recorded while the document is "{{state:workflowState}}". Allowed steps: "{{allowed:workflowStep}}".',
};
