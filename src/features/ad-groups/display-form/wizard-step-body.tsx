import type { DisplayCampaignFacts } from './campaign-facts';
import type { DisplayStep } from './form-values';
import { StepBasics } from './step-basics';
import { StepBudget } from './step-budget';
import { StepPlacements } from './step-placements';
import { StepReview } from './step-review';
import { StepSchedule } from './step-schedule';
import { StepTargeting } from './step-targeting';

interface Props {
  step: DisplayStep;
  campaign: DisplayCampaignFacts;
  campaignLabel: string;
  adAccountId: number;
  today: string;
  editId?: number;
  adultLocked: boolean;
}

/** Only the current step is mounted; its values live in the one form, so nothing is lost. */
export function WizardStepBody({ step, campaign, campaignLabel, adAccountId, today, editId, adultLocked }: Props) {
  switch (step) {
    case 'basics':
      return <StepBasics campaign={campaign} />;
    case 'placements':
      return <StepPlacements campaign={campaign} adAccountId={adAccountId} />;
    case 'targeting':
      return <StepTargeting campaign={campaign} adAccountId={adAccountId} adultLocked={adultLocked} />;
    case 'schedule':
      return <StepSchedule today={today} />;
    case 'budget':
      return <StepBudget campaign={campaign} />;
    case 'review':
      return <StepReview campaign={campaign} campaignLabel={campaignLabel} adAccountId={adAccountId} editId={editId} />;
  }
}
