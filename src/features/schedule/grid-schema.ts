import { z } from 'zod';
import { DAYS_PER_WEEK, FULL_DAY } from './grid-model';

/**
 * The grid as a form field (architecture convention 3: the form holds grid cells, and
 * toScheduleDays turns them into `mondayTime`…`sundayTime` in toPayload). Whether at
 * least one hour is on is the shared rule's call: checkDayHours on toScheduleDays(grid).
 */
export const scheduleGridSchema = z.array(z.number().int().min(0).max(FULL_DAY)).length(DAYS_PER_WEEK);
