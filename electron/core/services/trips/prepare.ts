// Makes a trip input's lists ready to store: every member, host and item gets an id.
import type { IdGenerator } from '../../clock';
import { tripItemDefaults } from '../../model/trip-parts';

type WithOptionalId = { id?: string | undefined };
interface DayInput {
  date: string;
  items: (WithOptionalId & object)[];
}
interface TripListsInput {
  ourDelegation?: WithOptionalId[] | undefined;
  theirDelegation?: WithOptionalId[] | undefined;
  hosts?: WithOptionalId[] | undefined;
  days?: DayInput[] | undefined;
}

function withIds<T extends WithOptionalId>(list: T[], ids: IdGenerator): (T & { id: string })[] {
  return list.map((x) => ({ ...x, id: x.id ?? ids() }));
}

/**
 * The lists of a trip input made ready to store: every member, host and item gets an id
 * (kept when given), and items get the defaults of the fields they leave out. Lists the
 * input does not carry stay absent, so an update leaves them as they were.
 */
export function prepareTripLists<T extends TripListsInput>(input: T, ids: IdGenerator): T {
  const out: TripListsInput = { ...input };
  if (input.ourDelegation) out.ourDelegation = withIds(input.ourDelegation, ids);
  if (input.theirDelegation) out.theirDelegation = withIds(input.theirDelegation, ids);
  if (input.hosts) out.hosts = withIds(input.hosts, ids);
  if (input.days) {
    out.days = input.days.map((day) => ({
      ...day,
      items: withIds(day.items, ids).map((item) => ({ ...tripItemDefaults, ...item })),
    }));
  }
  return out as T;
}
