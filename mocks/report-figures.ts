import { AGES, GENDERS, DEVICE_TYPES, PLACEMENTS } from '../src/api/contracts/enums';
import { DAY_KEYS } from '../src/api/contracts/schedule';
import { adGroupKindOf } from '../src/api/rules/campaign-kind';
import type { Breakdown, RawMetric } from '../src/api/rules/report-facts';
import type { StoredAdGroup } from './db';

/** What the figures need of the group's campaign (the stored group holds only its id). */
export interface CampaignKind {
  campaignType: string;
  goal?: string;
}

/**
 * The sandbox's performance figures: a pure function of a group (budget, bid, status,
 * schedule, targeting), its campaign and a day, so a demo tells a coherent story and tests
 * can assert exact values. The story:
 * - nothing is delivered while a group is OFF, deleted, stopped, without creatives, or
 *   outside its schedule's dates; nothing before it was created, nothing in the future;
 * - a day spends 40–95 % of the daily budget (never more), over the hours the schedule
 *   grid switches on, more by day than at night;
 * - clicks and impressions follow the bid: CPC groups pay the bid per click, others per
 *   1,000 impressions; conversions only in CONVERSION campaigns;
 * - a Message group sends its contract once, in the hour its sending started.
 * The mock has no history of status changes: a group OFF now was OFF all along.
 */
export type Figures = Partial<Record<RawMetric, number>>;

/** A number in [0, 1) from the parts, the same for the same parts. */
export function unit(...parts: (string | number)[]): number {
  let h = 2_166_136_261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16_777_619);
  h = Math.imul(h ^ (h >>> 16), 2_246_822_507);
  h = Math.imul(h ^ (h >>> 13), 3_266_489_909);
  return ((h ^ (h >>> 16)) >>> 0) / 4_294_967_296;
}

/** More traffic by day: a night trough at 04:00, a peak around 20:00. */
const HOUR_CURVE = Array.from({ length: 24 }, (_, h) => 0.25 + 0.75 * Math.max(0, Math.sin(((h - 4) / 24) * Math.PI * 1.2)));

const weekdayIndex = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0

/** The hours the schedule grid switches on for that day's weekday; every hour when it has none. */
export function scheduledHours(group: StoredAdGroup, date: string): boolean[] {
  const day = group.schedule?.[DAY_KEYS[weekdayIndex(date)]];
  return Array.from({ length: 24 }, (_, h) => (day && day.length === 24 ? day[h] === '1' : true));
}

/** Whether the group delivers at all on that day (status, creatives, dates). */
export function deliversOn(group: StoredAdGroup, campaign: CampaignKind, date: string, today: string): boolean {
  if (group.config !== 'ON' || group.systemConfig !== 'ON' || date > today) return false;
  const created = group.createdDate?.slice(0, 10);
  if (created && date < created) return false;
  const { beginDate, endDate } = group.schedule ?? {};
  if ((beginDate && date < beginDate) || (endDate && date > endDate)) return false;
  if (adGroupKindOf(campaign.campaignType) !== 'display') return true;
  return (group.creativeCount ?? 0) > 0;
}


const DEFAULT_BUDGET = 100_000;

function displayHours(group: StoredAdGroup, date: string, hours: boolean[], goal: string | undefined): Figures[] {
  const budget = group.dailyBudgetAmount ?? DEFAULT_BUDGET;
  const spend = Math.floor(budget * (0.4 + 0.55 * unit(group.id, date, 'fill')));
  const weights = hours.map((on, h) => (on ? HOUR_CURVE[h] * (0.7 + 0.6 * unit(group.id, date, h)) : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  const perClick = group.pricingType === 'CPC';
  const bid = group.bidAmount && group.bidAmount > 0 ? group.bidAmount : perClick ? 250 : 2_000;
  const ctr = 0.004 + 0.026 * unit(group.id, 'ctr');
  const cvr = 0.01 + 0.05 * unit(group.id, 'cvr');
  const orderValue = 10_000 * (2 + Math.floor(8 * unit(group.id, 'aov')));
  return weights.map((w, h) => {
    const target = sum === 0 ? 0 : (spend * w) / sum;
    let imp: number, click: number, cost: number;
    if (perClick) {
      click = Math.floor(target / bid);
      cost = click * bid;
      imp = Math.round(click / ctr);
    } else {
      imp = Math.floor((target * 1_000) / bid);
      cost = Math.floor((imp * bid) / 1_000);
      click = Math.floor(imp * ctr);
    }
    const figures: Figures = { imp, click, cost };
    if (goal === 'CONVERSION') {
      const conversions = Math.floor(click * cvr + unit(group.id, date, h, 'conv'));
      figures.conv_purchase_7d = conversions;
      figures.conv_purchase_p_7d = conversions * orderValue;
    }
    return figures;
  });
}

function messageHours(group: StoredAdGroup, date: string): Figures[] {
  const info = group.messageSendingInfo;
  const started = info?.startedAt ?? null;
  const hours: Figures[] = Array.from({ length: 24 }, () => ({}));
  if (!started || started.slice(0, 10) !== date) return hours;
  const sent = Math.floor((info?.contractCount ?? 0) * (0.9 + 0.1 * unit(group.id, 'sent')));
  const opened = Math.floor(sent * (0.35 + 0.3 * unit(group.id, 'open')));
  hours[Number(started.slice(11, 13))] = { msg_send: sent, msg_open: opened, msg_click: Math.floor(opened * (0.05 + 0.15 * unit(group.id, 'click'))) };
  return hours;
}

/**
 * The group's figures for each hour of a day (24 entries; empty objects where nothing was
 * delivered). For today, only the hours that have fully passed (`hourNow` is the current
 * Seoul hour).
 */
export function hourlyFigures(group: StoredAdGroup, campaign: CampaignKind, date: string, today: string, hourNow: number): Figures[] {
  if (!deliversOn(group, campaign, date, today)) return Array.from({ length: 24 }, () => ({}));
  const hours =
    adGroupKindOf(campaign.campaignType) !== 'display'
      ? messageHours(group, date)
      : displayHours(group, date, scheduledHours(group, date), campaign.goal);
  return date === today ? hours.map((f, h) => (h < hourNow ? f : {})) : hours;
}

/** Sums figures metric by metric. */
export function addFigures(list: readonly Figures[]): Figures {
  const out: Figures = {};
  for (const f of list) for (const [k, v] of Object.entries(f) as [RawMetric, number][]) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** The values a breakdown splits into: what the group targets, or every value. */
function breakdownValues(group: StoredAdGroup, breakdown: Breakdown): readonly string[] {
  const t = group.targeting;
  switch (breakdown) {
    case 'age':
      return t?.ageType === 'NOT_ALL' && t.ages?.length ? t.ages : AGES.filter((a) => !group.adult || Number(a) >= 20);
    case 'gender':
      return t?.genderType === 'NOT_ALL' && t.genders?.length ? t.genders : GENDERS;
    case 'device':
      return group.deviceTypes?.length ? group.deviceTypes : DEVICE_TYPES;
    case 'placement':
      return group.placements?.length ? group.placements : PLACEMENTS;
  }
}

/** `total` in integer parts proportional to `weights`, summing exactly to it (largest remainder). */
export function splitInteger(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
}

/** A day's figures split by a Display breakdown; every part sums back to the day. */
export function breakdownFigures(group: StoredAdGroup, day: Figures, breakdown: Breakdown): { value: string; figures: Figures }[] {
  const values = breakdownValues(group, breakdown);
  const weights = values.map((v) => 0.3 + unit(group.id, breakdown, v));
  const split = Object.fromEntries(
    (Object.entries(day) as [RawMetric, number][]).map(([metric, total]) => [metric, splitInteger(total, weights)]),
  ) as Record<RawMetric, number[]>;
  return values.map((value, i) => ({
    value,
    figures: Object.fromEntries(Object.entries(split).map(([metric, parts]) => [metric, parts[i]])) as Figures,
  }));
}
