import type { CatalogShape, ko } from './ko';

export const en: CatalogShape<typeof ko> = {
  app: {
    name: 'Moment Console',
    skipToContent: 'Skip to main content',
    home: 'Moment Console home',
    contextNav: 'Ad account and campaign',
    loadingPage: 'Loading the page…',
    noscript: 'Moment Console needs JavaScript to run.',
  },
  language: {
    label: 'Language',
    ko: '한국어',
    en: 'English',
  },
  actions: {
    retry: 'Retry',
    cancel: 'Cancel',
    confirm: 'Confirm',
    close: 'Close',
  },
  state: {
    loading: 'Loading…',
  },
  picker: {
    account: {
      label: 'Ad account',
      placeholder: 'Choose an ad account',
      loading: 'Loading ad accounts…',
      error: 'Could not load ad accounts',
      empty: 'No ad accounts',
    },
    campaign: {
      label: 'Campaign',
      placeholder: 'Choose a campaign',
      noAccount: 'Choose an ad account first',
      loading: 'Loading campaigns…',
      error: 'Could not load campaigns',
      empty: 'No campaigns',
      typeGoal: '{{type}} · {{goal}}',
    },
  },
  demo: {
    reset: 'Reset demo data',
    resetTitle: 'Reset the demo data?',
    resetMessage: 'Every change made in the demo is lost and the original data comes back.',
    resetConfirm: 'Reset',
    resetDone: 'The demo data was reset.',
    resetFailed: 'Could not reset the demo data.',
  },
  errors: {
    title: 'Something went wrong',
    auth: 'The business token is invalid, expired or lacks permission. Check KAKAO_BUSINESS_TOKEN on the server.',
    network: 'Could not reach the server. Check your connection and try again.',
    timeout: 'The server did not answer in time. Try again in a moment.',
    malformed: 'The server answered in an unexpected format. If this persists, tell your administrator.',
    rateLimited: 'Too many requests. Try again in a moment.',
    kakao: 'Kakao Moment refused the request.',
    http: 'The server failed (HTTP {{status}}).',
    unexpected: 'An unexpected error occurred.',
    code: 'Error code {{code}}',
    background: 'Could not load the latest data',
    mutation: 'The change was not saved',
  },
  config: {
    ON: 'On',
    OFF: 'Off',
    DEL: 'Deleted',
  },
  systemConfig: {
    ON: 'Normal',
    ADMIN_STOP: 'Stopped by admin',
    EXTERNAL_SERVICE_STOP: 'Linked service restricted',
  },
  campaignType: {
    DISPLAY: 'Display',
    TALK_BIZ_BOARD: 'Kakao Bizboard',
    VIDEO: 'Video',
    TALK_CHANNEL: 'Kakao Talk Channel',
    PERSONAL_MESSAGE: 'Personalized message',
    // Shown read-only (rules/capabilities.ts); wire names inferred there.
    DAUM_SHOPPING: 'Daum Shopping',
    KAKAO_TV: 'Kakao TV',
  },
  goal: {
    CONVERSION: 'Conversion',
    VISITING: 'Visits',
    REACH: 'Reach',
    VIEW: 'Views',
  },
  home: {
    title: 'Choose an ad account',
    intro: 'Pick the ad account you want to manage.',
    emptyTitle: 'No ad accounts',
    emptyHint: 'Create an ad account in Kakao Moment, then come back.',
  },
  account: {
    title: 'Choose a campaign',
    intro: 'Pick a campaign to see its ad groups.',
    emptyTitle: 'This ad account has no campaigns',
    emptyHint: 'Create a campaign in Kakao Moment, then come back.',
  },
  notFound: {
    title: 'Page not found',
    message: 'The address is wrong, or the page no longer exists.',
    home: 'Go to the start',
  },
  routeError: {
    title: 'This screen could not be shown',
    message: 'An unexpected error occurred. Reloading may help.',
    reload: 'Reload',
  },
};
