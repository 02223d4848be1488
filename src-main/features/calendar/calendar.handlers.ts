import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { CalendarService } from './calendar.service';

export function calendarHandlers(calendar: CalendarService) {
  return {
    'calendar.getYear': (input) => calendar.getYear(input.year, input.includeDays ?? false),
    'calendar.overview': () => calendar.overview(),
    'calendar.saveSettings': (input, ctx) => calendar.saveSettings(input, actorOf(ctx)),
    'calendar.saveNotice': (input, ctx) => calendar.saveNotice(input, actorOf(ctx)),
    'calendar.importNotice': (input, ctx) => calendar.importNotice(input, actorOf(ctx)),
    'calendar.deadline': (input) => calendar.deadline(input),
    'calendar.workingDaysBetween': (input) => calendar.workingDaysBetween(input.from, input.to),
    'calendar.recompute': (input, ctx) => calendar.recompute(input, actorOf(ctx)),
  } satisfies PartialHandlers;
}
