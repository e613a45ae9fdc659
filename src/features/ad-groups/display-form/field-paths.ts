import { DISPLAY_STEPS, STEP_FIELDS, type DisplayStep } from './form-values';

/**
 * A rule's field path in the request body → where the form shows it. Targeting keeps its
 * sub-path (the editor shows each part's error); the schedule's hour arrays are the grid.
 * `null`: no field of this form (the campaign itself) → a banner.
 */
export function formPathOf(requestPath: string): string | null {
  const [head, ...rest] = requestPath.split('.');
  switch (head) {
    case 'campaign':
    case 'id':
    case '':
      return null;
    case 'allAvailablePlacement':
      return 'placements';
    case 'allAvailableDeviceType':
      return 'deviceTypes';
    case 'targeting':
      return requestPath;
    case 'bidStrategyTarget':
      return rest[0] === 'value' ? 'autobidValue' : 'autobidType';
    case 'schedule': {
      const key = rest[0];
      if (key === 'beginDate' || key === 'endDate' || key === 'lateNight') return key;
      return 'grid';
    }
    default:
      return head;
  }
}

/** The step that holds a form path, to take the user there when an error lands on it. */
export function stepOfPath(path: string): DisplayStep {
  const head = path.split('.')[0];
  return DISPLAY_STEPS.find((step) => STEP_FIELDS[step].some((field) => field === head)) ?? 'review';
}
