import { describe, expect, it } from 'vitest';
import {
  canUseAllAvailableDeviceType,
  checkPlacementsAndDevices,
  deviceTypesFor,
  type PlacementDeviceInput,
} from './placement-device';

const displayVisit = { campaignType: 'DISPLAY', goal: 'VISITING' };
const displayConv = { campaignType: 'DISPLAY', goal: 'CONVERSION', objectiveDetailType: 'PURCHASE' };
const bizboard = { campaignType: 'TALK_BIZ_BOARD', goal: 'VISITING' };
const video = { campaignType: 'VIDEO', goal: 'VIEW' };
const base: PlacementDeviceInput = {
  placements: ['KAKAO_TALK'],
  allAvailablePlacement: false,
  allAvailableDeviceType: false,
  deviceTypes: ['ANDROID', 'IOS'],
};
const rules = (c: typeof displayVisit, patch: PlacementDeviceInput) =>
  checkPlacementsAndDevices(c, { ...base, ...patch }).map((v) => `${v.field}:${v.rule}`);

describe('placements', () => {
  it('accepts the sample and requires at least one placement', () => {
    expect(rules(bizboard, {})).toEqual([]);
    expect(rules(bizboard, { placements: [] })).toEqual(['placements:placement.required']);
  });

  it('requires adServingCategories with NETWORK', () => {
    expect(rules(displayVisit, { placements: ['NETWORK'] })).toEqual([
      'adServingCategories:placement.adServingCategoriesRequired',
    ]);
    expect(rules(displayVisit, { placements: ['NETWORK'], adServingCategories: ['C1'] })).toEqual([]);
  });

  it('allows sectionCategories only for Bizboard with KAKAO_TALK', () => {
    expect(rules(bizboard, { sectionCategories: ['KKO99-1'] })).toEqual([]);
    expect(rules(bizboard, { placements: ['DAUM'], sectionCategories: ['KKO99-1'] })).toEqual([
      'sectionCategories:placement.sectionCategoriesNotAllowed',
    ]);
    expect(rules(displayVisit, { sectionCategories: ['KKO99-1'] })).toEqual([
      'sectionCategories:placement.sectionCategoriesNotAllowed',
    ]);
  });

  it('allows allAvailablePlacement true for the Display family only, and requires the flag (spec-notes #3)', () => {
    expect(rules(video, { allAvailablePlacement: true })).toEqual([]);
    expect(rules({ campaignType: 'TALK_CHANNEL', goal: 'REACH' }, { allAvailablePlacement: true })).toContain(
      'allAvailablePlacement:placement.allAvailableNotAllowed',
    );
    expect(rules(displayVisit, { allAvailablePlacement: undefined })).toEqual(['allAvailablePlacement:required']);
  });
});

describe('devices', () => {
  it('offers PC only for Display × Visit and Video × View', () => {
    expect(deviceTypesFor(displayVisit, false)).toEqual(['ANDROID', 'IOS', 'PC']);
    expect(deviceTypesFor(video, false)).toEqual(['ANDROID', 'IOS', 'PC']);
    expect(deviceTypesFor(bizboard, false)).toEqual(['ANDROID', 'IOS']);
    expect(rules(displayVisit, { deviceTypes: ['PC'] })).toEqual([]);
    expect(rules(bizboard, { deviceTypes: ['IOS', 'PC'] })).toEqual(['deviceTypes:device.pcNotAllowed']);
    expect(rules(displayConv, { deviceTypes: ['PC'] })).toEqual(['deviceTypes:device.pcNotAllowed']);
  });

  it('requires a device and the allAvailableDeviceType flag (spec-notes #3)', () => {
    expect(rules(displayVisit, { deviceTypes: [] })).toEqual(['deviceTypes:device.required']);
    expect(rules(displayVisit, { allAvailableDeviceType: null })).toEqual(['allAvailableDeviceType:required']);
  });

  it('allows allAvailableDeviceType only where the tables allow it', () => {
    expect(canUseAllAvailableDeviceType(displayConv)).toBe(true);
    expect(canUseAllAvailableDeviceType({ ...displayConv, objectiveDetailType: 'VIEW_CONTENT' })).toBe(false);
    expect(canUseAllAvailableDeviceType({ ...displayConv, objectiveDetailType: null })).toBe(false);
    expect(canUseAllAvailableDeviceType(video)).toBe(true); // create table; kept on edit (see comment)
    expect(canUseAllAvailableDeviceType({ campaignType: 'TALK_CHANNEL', goal: 'REACH' })).toBe(true);
    expect(canUseAllAvailableDeviceType(displayVisit)).toBe(false);
    expect(canUseAllAvailableDeviceType(bizboard)).toBe(false);
    const all = { allAvailableDeviceType: true, deviceTypes: ['ANDROID', 'IOS', 'PC'] };
    expect(rules(displayConv, all)).toEqual([]);
    expect(rules(video, all)).toEqual([]);
    expect(rules(bizboard, all)).toEqual([
      'allAvailableDeviceType:device.allAvailableNotAllowed',
      'deviceTypes:device.pcNotAllowed',
    ]);
  });

  it('requires exactly ANDROID, IOS and PC with allAvailableDeviceType', () => {
    expect(rules(displayConv, { allAvailableDeviceType: true, deviceTypes: ['ANDROID', 'IOS'] })).toEqual([
      'deviceTypes:device.allAvailableNeedsAll',
    ]);
    expect(rules(video, { allAvailableDeviceType: true, deviceTypes: ['PC', 'IOS', 'ANDROID', 'PC'] })).toEqual([
      'deviceTypes:device.allAvailableNeedsAll',
    ]);
  });
});
