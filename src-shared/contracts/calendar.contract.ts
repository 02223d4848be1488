import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, MAX_WORKING_STEPS } from '../domain/calendar-model';
import { inputFieldCode, inputText } from './input-text';

/**
 * The agency's working calendar: weekly rest days, office hours, statutory holidays, the yearly
 * notices (thông báo nghỉ lễ, Tết) and deadline arithmetic on it. Every deadline carries the
 * calendar version ids it was computed with; `calendar.recompute` re-explains an old deadline
 * against those versions and today's calendar, and never rewrites it.
 */

const Year = z
  .number({ error: inputText('input.calendarYearNotNumber') })
  .int({ error: inputText('input.calendarYearNotWhole') })
  .min(CALENDAR_MIN_YEAR, {
    error: (iss) => inputText('input.calendarYearRange', { year: String(iss.input), min: CALENDAR_MIN_YEAR, max: CALENDAR_MAX_YEAR }),
  })
  .max(CALENDAR_MAX_YEAR, {
    error: (iss) => inputText('input.calendarYearRange', { year: String(iss.input), min: CALENDAR_MIN_YEAR, max: CALENDAR_MAX_YEAR }),
  });

const IsoDate = z.string().max(40);
const Text = (label: string, max: number) =>
  z
    .string({ error: inputText('input.labelRequired', { field: inputFieldCode(label) }) })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, { error: inputText('input.labelBlank', { field: inputFieldCode(label) }) })
        .max(max, { error: inputText('input.labelMax', { field: inputFieldCode(label), max }) }),
    );

export const NoticeDaySchema = z.object({
  date: IsoDate,
  reason: Text('Lý do', 200),
  source: Text('Nguồn', 200).optional(),
});

export const YearNoticeSchema = z.object({
  year: Year,
  source: Text('Số, ký hiệu thông báo', 100),
  title: z.string().max(500).optional(),
  daysOff: z.array(NoticeDaySchema).max(120, { error: inputText('input.noticeTooManyDaysOff') }),
  workingDays: z.array(NoticeDaySchema).max(60, { error: inputText('input.noticeTooManyWorkingDays') }),
});
export type YearNoticeInput = z.input<typeof YearNoticeSchema>;

export const OfficeSessionSchema = z.object({ start: z.string().max(5), end: z.string().max(5) });

export const CalendarSettingsSchema = z.object({
  weeklyRestDays: z.array(z.number().int()).max(7),
  officeHours: z.array(OfficeSessionSchema).max(4),
  disabledRules: z.array(z.string().max(40)).max(20),
});

const DayNoteSchema = z.object({
  date: z.string(),
  kind: z.enum(['weekend', 'holiday', 'make-up', 'notice-off', 'swap-work']),
  reason: z.string(),
  source: z.string(),
});

export const CalendarYearSchema = z.object({
  year: z.number(),
  calendarVersion: z.string(),
  /** True when no notice was entered for the year: statutory defaults, marked provisional. */
  provisional: z.boolean(),
  notice: z.object({ source: z.string(), title: z.string().nullable(), origin: z.enum(['shipped', 'entered']) }).nullable(),
  tet: z.string(),
  gioTo: z.string(),
  lunarLeapMonth: z.number().nullable(),
  workingDayCount: z.number(),
  /** Every non-working day (weekly rest days included) with its reason and source. */
  nonWorkingDays: z.array(DayNoteSchema),
  /** Weekly rest days made working by the notice (làm bù). */
  swappedWorkingDays: z.array(DayNoteSchema),
  /** Every day with its lunar date, when asked for (the year view). */
  days: z
    .array(
      z.object({ date: z.string(), working: z.boolean(), lunar: z.string(), kind: z.string().nullable(), reason: z.string().nullable() }),
    )
    .optional(),
});
export type CalendarYear = z.output<typeof CalendarYearSchema>;

export const calendarGetYear = defineOperation({
  name: 'calendar.getYear',
  kind: 'query',
  input: z.object({ year: Year, includeDays: z.boolean().optional() }).strict(),
  output: CalendarYearSchema,
  summary: 'One year of the working calendar: days off with reason and source, swaps, Tết, Giỗ Tổ, lunar dates.',
});

export const CalendarOverviewSchema = z.object({
  settings: CalendarSettingsSchema,
  rules: z.array(z.object({ id: z.string(), name: z.string(), basis: z.string(), fromYear: z.number(), enabled: z.boolean() })),
  notices: z.array(z.object({ year: z.number(), source: z.string(), origin: z.enum(['shipped', 'entered']) })),
  /** Set in December when next year's notice is missing: its defaults are provisional. */
  warning: z.string().nullable(),
  today: z.string(),
});
export type CalendarOverview = z.output<typeof CalendarOverviewSchema>;

export const calendarOverview = defineOperation({
  name: 'calendar.overview',
  kind: 'query',
  input: z.object({}).strict(),
  output: CalendarOverviewSchema,
  summary: 'Settings, statutory rules, the notices on file and the December warning when next year has none.',
});

export const calendarSaveSettings = defineOperation({
  name: 'calendar.saveSettings',
  kind: 'command',
  input: CalendarSettingsSchema,
  output: CalendarSettingsSchema,
  summary: 'Weekly rest days, office hours and statutory rules switched off; audited.',
});

export const calendarSaveNotice = defineOperation({
  name: 'calendar.saveNotice',
  kind: 'command',
  input: YearNoticeSchema,
  output: CalendarYearSchema,
  summary: "Enters a year's notice (replaces the year's previous one); validated as a whole; audited.",
});

export const calendarImportNotice = defineOperation({
  name: 'calendar.importNotice',
  kind: 'command',
  input: z
    .object({
      fileName: z.string().min(1).max(255),
      dataBase64: z.string().max(4_000_000, { error: inputText('input.noticeFileTooBig') }),
      year: Year.optional(),
      source: z.string().max(100).optional(),
    })
    .strict(),
  output: CalendarYearSchema,
  summary: "Imports a year's notice from CSV, xlsx or JSON (columns Ngày, Loại, Lý do, Nguồn); audited.",
});

const Steps = z.number().int({ error: inputText('input.stepsNotWhole') });

export const DeadlineQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('workingDays'), from: IsoDate, n: Steps }),
  z.object({ kind: z.literal('workingHours'), from: IsoDate, n: Steps }),
  z.object({ kind: z.literal('nextWorkingDay'), from: IsoDate }),
  z.object({ kind: z.literal('sameDayOrNext'), from: IsoDate }),
]);
export type DeadlineQuery = z.output<typeof DeadlineQuerySchema>;

export const DeadlineResultSchema = z.object({
  query: DeadlineQuerySchema,
  result: z.string(),
  calendarVersions: z.array(z.string()),
  provisional: z.boolean(),
  explanation: z.string(),
  skipped: z.array(DayNoteSchema),
});
export type DeadlineResultOut = z.output<typeof DeadlineResultSchema>;

export const calendarDeadline = defineOperation({
  name: 'calendar.deadline',
  kind: 'query',
  input: DeadlineQuerySchema,
  output: DeadlineResultSchema,
  summary: `A deadline on the working calendar (N from 0 to ${MAX_WORKING_STEPS}), explained, with its calendar versions.`,
});

export const calendarWorkingDaysBetween = defineOperation({
  name: 'calendar.workingDaysBetween',
  kind: 'query',
  input: z.object({ from: IsoDate, to: IsoDate }).strict(),
  output: z.object({ days: z.number(), calendarVersions: z.array(z.string()) }),
  summary: 'Working days d with from < d ≤ to (negative when to is before from).',
});

export const calendarRecompute = defineOperation({
  name: 'calendar.recompute',
  kind: 'command',
  input: z
    .object({
      query: DeadlineQuerySchema,
      /** The deadline as given, and the calendar versions it was computed with. */
      result: z.string().max(40),
      calendarVersions: z.array(z.string().max(40)).min(1).max(20),
      /** What the deadline belongs to (e.g. a register entry id), for the audit log. */
      entityType: z.string().min(1).max(40),
      entityId: z.string().min(1).max(100),
    })
    .strict(),
  output: z.object({
    given: z.object({ result: z.string(), explanation: z.string(), calendarVersions: z.array(z.string()) }),
    current: DeadlineResultSchema,
    changed: z.boolean(),
    message: z.string(),
  }),
  summary: "Re-explains a deadline already given against its own calendar versions and today's calendar; audited; never rewrites it.",
});

export const calendarOperations = [
  calendarGetYear,
  calendarOverview,
  calendarSaveSettings,
  calendarSaveNotice,
  calendarImportNotice,
  calendarDeadline,
  calendarWorkingDaysBetween,
  calendarRecompute,
] as const;
