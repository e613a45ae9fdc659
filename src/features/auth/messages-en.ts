import type { authKo } from './messages-ko';

/** English messages of the `auth` namespace; typed by the Korean ones so keys stay in step. */
export const authEn: typeof authKo = {
  signIn: {
    title: 'Start with Kakao Business',
    lead: 'Advertisers and agencies connect their ad accounts with their own Kakao Business account. The token stays on the server and never reaches the browser.',
    button: 'Start with Kakao Business',
  },
  reconnect: {
    title: 'Your Kakao Business connection has expired',
    body: 'Kakao no longer accepts the connection, after a long pause or a change of permissions. Connect again to come back to this screen. What you were typing is kept as a draft.',
    button: 'Connect again',
  },
  menu: {
    signedIn: 'Signed in with Kakao Business',
    signedInAs: 'Signed in as {{name}}',
    shared: 'Connected with a shared token',
    signOut: 'Sign out',
    signOutFailed: 'Signing out failed. Try again.',
  },
};
