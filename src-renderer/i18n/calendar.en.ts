import type { calendarVi } from './calendar.vi';

/** Settings › Working calendar (English). */
export const calendarEn: typeof calendarVi = {
  tab: 'Working calendar',
  month: 'Month {{month}}',
  weekdays: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
  basis: 'Basis',
  byNotice: 'Per notice {{source}}',
  provisional: 'Provisional, by law (no notice for the year yet)',
  workingDays: 'Working days',
  tet: 'Lunar New Year (Tết)',
  gioTo: 'Hùng Kings Commemoration (10/3 lunar)',
  leapMonth: 'Lunar leap month',
  lunarOf: 'Lunar: {{lunar}}',
  versions: 'Calendar version: {{versions}}',
  legend: {
    off: 'Holiday',
    makeUp: 'Make-up day off',
    swapWork: 'Swapped working day',
    weekend: 'Weekly rest day',
    lunar: 'Small figure: lunar day',
  },
  daysOffTitle: 'Holidays and days off in {{year}}',
  swapsTitle: 'Swapped working days',
  col: { date: 'Date', lunar: 'Lunar', reason: 'Reason', source: 'Source' },
  deadline: { title: 'Deadline', from: 'From', days: 'working days', hours: 'working hours', compute: 'Compute' },
  notice: {
    title: 'Holiday notice for {{year}}',
    help: 'Enter the official notice for {{year}}: one line per day, "dd/mm/yyyy; nghỉ; reason" (day off) or "dd/mm/yyyy; làm bù; reason" (working day). The notice replaces the provisional days of the year.',
    source: 'Notice number (e.g. 9441/TB-BNV)',
    linesPlaceholder: '16/02/2026; nghỉ; Tết\n22/08/2026; làm bù; Make-up for 31/08/2026',
    save: 'Save the {{year}} notice',
    import: 'Import a file (CSV, xlsx, JSON)…',
    badLine: 'Line {{line}}: {{error}}',
    unknownKind: 'Line {{line}}: the kind "{{kind}}" is unknown; write "nghỉ" (day off) or "làm bù" (working day).',
  },
};
