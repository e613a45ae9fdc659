// The fields of a change-history item this feature reads (issue 11's list of fields).
// TODO(store contract): replace with z.infer of src/api/contracts/changes.ts once it lands.
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangeRecord {
  id: string;
  at: string;
  user: string;
  adAccountId: number;
  campaignId: number;
  adGroupId: number;
  adGroupName: string;
  action: string;
  changes: FieldChange[];
  outcome: string;
  detailCode?: number | null;
  detailMsg?: string | null;
  batchId?: string | null;
  undoOf?: string | null;
}
