/**
 * The change history is recorded by the console server (issue 11). Where the browser's
 * mock answers the API instead (the demo build, dev without a token) there is no server
 * to record anything, so the history says so rather than showing an empty or broken page.
 */
export const HISTORY_NEEDS_SERVER: boolean = __MOCK_API__;
