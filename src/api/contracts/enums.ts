import { z } from 'zod';

// Enumerations shared by every ad group contract. Parsing is lenient elsewhere
// (unknown values from Kakao must not break a page), so these are used for
// requests and for narrowing, and read through `lenientEnum` in responses.

export const CONFIGS = ['ON', 'OFF', 'DEL'] as const;
export const Config = z.enum(CONFIGS);
export type Config = z.infer<typeof Config>;

export const SYSTEM_CONFIGS = ['ON', 'ADMIN_STOP', 'EXTERNAL_SERVICE_STOP'] as const;
export const SystemConfig = z.enum(SYSTEM_CONFIGS);
export type SystemConfig = z.infer<typeof SystemConfig>;

/** Types this console edits; others (Daum Shopping, Kakao TV…) are shown read-only. */
export const CAMPAIGN_TYPES = ['DISPLAY', 'TALK_BIZ_BOARD', 'VIDEO', 'TALK_CHANNEL', 'PERSONAL_MESSAGE'] as const;
export const CampaignType = z.enum(CAMPAIGN_TYPES);
export type CampaignType = z.infer<typeof CampaignType>;

export const GOALS = ['CONVERSION', 'VISITING', 'REACH', 'VIEW'] as const;
export const Goal = z.enum(GOALS);
export type Goal = z.infer<typeof Goal>;

export const PLACEMENTS = ['KAKAO_SERVICE', 'KAKAO_TALK', 'DAUM', 'NETWORK'] as const;
export const Placement = z.enum(PLACEMENTS);
export type Placement = z.infer<typeof Placement>;

export const DEVICE_TYPES = ['ANDROID', 'IOS', 'PC'] as const;
export const DeviceType = z.enum(DEVICE_TYPES);
export type DeviceType = z.infer<typeof DeviceType>;

export const PRICING_TYPES = ['CPA', 'CPC', 'CPM', 'CPV', 'CPMS'] as const;
export const PricingType = z.enum(PRICING_TYPES);
export type PricingType = z.infer<typeof PricingType>;

export const BID_STRATEGIES = ['MANUAL', 'AUTOBID', 'OPTIMIZATION'] as const;
export const BidStrategy = z.enum(BID_STRATEGIES);
export type BidStrategy = z.infer<typeof BidStrategy>;

export const PACINGS = ['NONE', 'NORMAL', 'QUICK'] as const;
export const Pacing = z.enum(PACINGS);
export type Pacing = z.infer<typeof Pacing>;

export const AGES = ['15', '20', '25', '30', '35', '40', '45', '50', '55', '60', '65', '70'] as const;
export const Age = z.enum(AGES);
export type Age = z.infer<typeof Age>;

export const GENDERS = ['M', 'F'] as const;
export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

export const INCLUSION_TYPES = ['INCLUDE', 'EXCLUDE'] as const;
export const InclusionType = z.enum(INCLUSION_TYPES);
export type InclusionType = z.infer<typeof InclusionType>;

export const TARGETING_TYPES = ['NORMAL', 'DISPLAY', 'MESSAGE'] as const;
export const TargetingType = z.enum(TARGETING_TYPES);
export type TargetingType = z.infer<typeof TargetingType>;

export const SEND_RATES = [0, 100, 500, 1000, 1500, 2000] as const;

/** spec-notes #2: the text says "All"; every sample sends `ALL`. */
export const SELECTION_TYPES = ['ALL', 'NOT_ALL'] as const;
export const SelectionType = z.enum(SELECTION_TYPES);
export type SelectionType = z.infer<typeof SelectionType>;

export const LOCATION_TYPES = ['ALL', 'AREA'] as const;
export const LocationType = z.enum(LOCATION_TYPES);
export type LocationType = z.infer<typeof LocationType>;

/** PUT /adGroups/onOff takes only these two; DEL is reached by DELETE. */
export const ON_OFF = ['ON', 'OFF'] as const;
export const OnOff = z.enum(ON_OFF);
export type OnOff = z.infer<typeof OnOff>;

/**
 * messageSendingInfo.status / syncStatus. Requests are fixed to SAVE / READY; the samples
 * also read back FINISHED / SUCCESS. ASSUMPTION: the reference lists no other values, so
 * SENDING, PAUSED, CANCELED and FAIL are the sandbox's names for the rest of the sending
 * lifecycle; responses read them leniently, so Kakao's real names still parse.
 */
export const MESSAGE_SENDING_STATUSES = ['SAVE', 'SENDING', 'PAUSED', 'FINISHED', 'CANCELED'] as const;
export const MessageSendingStatus = z.enum(MESSAGE_SENDING_STATUSES);
export type MessageSendingStatus = z.infer<typeof MessageSendingStatus>;

export const MESSAGE_SYNC_STATUSES = ['READY', 'SUCCESS', 'FAIL'] as const;
export const MessageSyncStatus = z.enum(MESSAGE_SYNC_STATUSES);
export type MessageSyncStatus = z.infer<typeof MessageSyncStatus>;
