// The trips.* (考察) methods: list, get, create, update, move an item, delete, and 领导日程's calendar.
import type { HandlerSet } from '../../api/registry';
import { type Trip, tripDefaults, tripSchema } from '../../model/trip';
import { rejectFields } from '../field-errors';
import { checkRev, mustGet, parseRecord, revise, stampNew } from '../record-edits';
import type { Session } from '../session';
import { moveToTrash } from '../trash/handlers';
import { leaderCalendars } from './calendar';
import { checkTripRefs } from './links';
import { moveItem } from './move';
import { prepareTripLists } from './prepare';
import { byStartDesc, tripDetail, tripSummary } from './views';

/** 考察: list, read, create, edit, reorder the schedule, delete (to the recycle bin). */
export function tripHandlers(session: Session): HandlerSet {
  const save = async (before: Trip | null, after: Trip, label: string) => {
    checkTripRefs(session.store(), before, after);
    await session.commit({ put: { trips: [after] } }, label);
    return after;
  };

  return {
    'trips.list': async () => {
      const store = session.store();
      return [...store.all('trips')].map((trip) => tripSummary(store, trip)).sort(byStartDesc);
    },

    'trips.calendar': async (range) => leaderCalendars(session.store().all('trips'), range),

    'trips.get': async ({ id }) =>
      tripDetail(session.store(), mustGet(session, 'trips', id, '考察'), session.today()),

    'trips.create': async (input) => {
      const trip = parseRecord(tripSchema, {
        ...tripDefaults,
        ...prepareTripLists(input, session.ids),
        ...stampNew(session),
      });
      return save(null, trip, `新建考察“${trip.title}”`);
    },

    'trips.update': async ({ id, rev, ...patch }) => {
      const current = mustGet(session, 'trips', id, '考察');
      checkRev(current, rev, '考察');
      const next = revise(session, current, prepareTripLists(patch, session.ids), tripSchema);
      return save(current, next, `修改考察“${next.title}”`);
    },

    'trips.moveItem': async ({ id, rev, ...move }) => {
      const current = mustGet(session, 'trips', id, '考察');
      checkRev(current, rev, '考察');
      const { days, problems } = moveItem(current, move);
      rejectFields(problems);
      const next = revise(session, current, { days }, tripSchema);
      return save(current, next, `调整考察“${next.title}”的日程`);
    },

    'trips.delete': async ({ id, rev }) => {
      const current = mustGet(session, 'trips', id, '考察');
      checkRev(current, rev, '考察');
      await session.commit(
        moveToTrash(session, 'trips', current, current.title),
        `删除考察“${current.title}”`,
      );
      return { id };
    },
  };
}
