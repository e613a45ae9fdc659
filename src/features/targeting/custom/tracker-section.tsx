import { Badge, Button, Fieldset, Group, NativeSelect, NumberInput, Radio, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { InclusionType } from '../../../api/contracts/enums';
import type { Tracker, TrackerEvent } from '../../../api/contracts/lookups';
import { trackersQueryOptions } from '../api/audience-queries';
import type { TargetingPartProps } from '../editor-context';
import { useTargetingT } from '../i18n';
import { LookupState } from '../lookup-state';
import { DEFAULT_TRACKER_TERM, TRACKER_TERM, parseTrackerTerm } from '../model/tracker-term';
import { TrackerList } from './tracker-list';

interface Props extends TargetingPartProps {
  disabled: boolean;
}

const eventKey = (e: Pick<TrackerEvent, 'eventCode' | 'trackRuleId'>) => `${e.eventCode}|${e.trackRuleId}`;

/** Pixel & SDK: the added rules, then a small form to add one (tracker, event, term 1–180 days). */
export function TrackerSection(props: Props) {
  const t = useTargetingT();
  const query = useQuery(trackersQueryOptions(props.adAccountId));
  return (
    <LookupState query={query} loadingLabel={t('trackers.loading')} emptyText={t('trackers.empty')}>
      {(trackers) => (
        <Stack gap="sm">
          <TrackerList {...props} trackers={trackers} />
          <AddTrackerForm {...props} trackers={trackers} />
        </Stack>
      )}
    </LookupState>
  );
}

function AddTrackerForm({ value, onChange, disabled, trackers }: Props & { trackers: readonly Tracker[] }) {
  const t = useTargetingT();
  const usable = trackers.filter((tr) => tr.eventStatus !== 'INACTIVE');
  const [trackId, setTrackId] = useState(usable[0]?.trackId ?? '');
  const tracker = trackers.find((tr) => tr.trackId === trackId);
  // Kakao takes `*` for "all events" (reference, eventCode); offer it even if a tracker omits it.
  const events: TrackerEvent[] = tracker?.events?.length
    ? tracker.events
    : [{ eventCode: '*', trackRuleId: '*', trackRuleName: t('trackers.allEvents') }];
  const [eventChoice, setEventChoice] = useState('');
  const event = events.find((e) => eventKey(e) === eventChoice) ?? events[0];
  const [term, setTerm] = useState<string | number>(DEFAULT_TRACKER_TERM);
  const [inclusion, setInclusion] = useState<InclusionType>('INCLUDE');
  const [touched, setTouched] = useState(false);
  const parsedTerm = parseTrackerTerm(term);
  const termError = touched && parsedTerm === null ? t('trackers.termError', TRACKER_TERM) : undefined;

  const add = () => {
    setTouched(true);
    if (parsedTerm === null || !tracker || !event) return;
    const others = (value.trackerTargetings ?? []).filter(
      (x) => !(x.trackId === tracker.trackId && eventKey(x) === eventKey(event)),
    );
    onChange({
      ...value,
      trackerTargetings: [
        ...others,
        {
          trackId: tracker.trackId,
          inclusionType: inclusion,
          eventCode: event.eventCode,
          trackRuleId: event.trackRuleId,
          trackRuleName: event.trackRuleName,
          term: parsedTerm,
        },
      ],
    });
    setTouched(false);
  };

  const eventLabel = (e: TrackerEvent) => (e.eventCode === '*' ? t('trackers.allEvents') : `${e.trackRuleName} (${e.eventCode})`);

  return (
    <Fieldset legend={t('trackers.addLegend')} variant="unstyled" disabled={disabled}>
      <Stack gap="xs">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('trackers.tracker')}
          value={trackId}
          onChange={(e) => {
            setTrackId(e.currentTarget.value);
            setEventChoice('');
          }}
          data={trackers.map((tr) => ({
            value: tr.trackId,
            label: tr.eventStatus === 'INACTIVE' ? t('trackers.inactive', { name: tr.trackName }) : tr.trackName,
            disabled: tr.eventStatus === 'INACTIVE',
          }))}
        />
        <NativeSelect
          label={t('trackers.event')}
          value={event ? eventKey(event) : ''}
          onChange={(e) => setEventChoice(e.currentTarget.value)}
          data={events.map((e) => ({ value: eventKey(e), label: eventLabel(e) }))}
        />
        <NumberInput
          label={t('trackers.term')}
          description={t('trackers.termHint', TRACKER_TERM)}
          value={term}
          onChange={setTerm}
          onBlur={() => setTouched(true)}
          min={TRACKER_TERM.min}
          max={TRACKER_TERM.max}
          // Clamping would hide the mistake; the bound is explained and enforced on Add instead.
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          error={termError}
          w={160}
        />
      </Group>
      <Radio.Group
        label={t('trackers.inclusion')}
        value={inclusion}
        onChange={(v) => setInclusion(v === 'EXCLUDE' ? 'EXCLUDE' : 'INCLUDE')}
      >
        <Group gap="md" mt={4}>
          <Radio value="INCLUDE" label={t('inclusion.include')} />
          <Radio value="EXCLUDE" label={t('inclusion.exclude')} />
        </Group>
      </Radio.Group>
      <Group>
        <Button variant="light" onClick={add} disabled={disabled || !tracker || tracker.eventStatus === 'INACTIVE'}>
          {t('trackers.add')}
        </Button>
        {usable.length < trackers.length && (
          <Badge variant="outline" color="gray">
            {t('trackers.someInactive')}
          </Badge>
        )}
      </Group>
      </Stack>
    </Fieldset>
  );
}
