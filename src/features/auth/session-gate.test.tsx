import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { installMockWorld } from '../../testing/mock-world';
import { apiRequest } from '../../api/client';
import { useQuery } from '@tanstack/react-query';
import { AccountMenu } from './account-menu';
import { SessionGate } from './session-gate';
import { AUTH_SESSION_KEY, type AuthSession } from './auth-session';

const world = installMockWorld();
const SESSION_URL = '*/auth/session';

function serveSession(answer: AuthSession | (() => AuthSession)) {
  world.server.use(http.get(SESSION_URL, () => HttpResponse.json(typeof answer === 'function' ? answer() : answer)));
}

const business = (patch: Partial<AuthSession>): AuthSession => ({
  mode: 'business',
  signedIn: true,
  user: {},
  scopes: ['moment_management'],
  expired: false,
  ...patch,
});

/** A page that loads something from /api, as every console page does. */
function Page() {
  const campaigns = useQuery({ queryKey: ['probe'], queryFn: () => apiRequest('/probe') });
  return <p>{campaigns.isError ? 'page failed' : 'the page'}</p>;
}

describe('SessionGate', () => {
  it('shows the sign-in page, linking back to this page, when business sign-in has no session', async () => {
    serveSession(business({ signedIn: false }));
    window.history.replaceState(null, '', '/accounts/5?x=1');
    renderWithProviders(<SessionGate><p>the page</p></SessionGate>, { language: 'ko' });
    const button = await screen.findByRole('link', { name: '카카오비즈니스로 시작하기' });
    expect(button).toHaveAttribute('href', `/auth/login?returnTo=${encodeURIComponent('/accounts/5?x=1')}`);
    expect(screen.queryByText('the page')).not.toBeInTheDocument();
  });

  it.each([
    ['in the sandbox', () => HttpResponse.json({ mode: 'sandbox', signedIn: true, user: {}, scopes: [], expired: false })],
    ['where no console server answers (static demo)', () => new HttpResponse('not here', { status: 404 })],
  ])('renders the console %s', async (_, answer) => {
    world.server.use(http.get(SESSION_URL, answer));
    const { queryClient } = renderWithProviders(<SessionGate><p>the page</p></SessionGate>);
    await vi.waitFor(() => expect(queryClient.getQueryState(AUTH_SESSION_KEY)?.status).not.toBe('pending'));
    expect(screen.getByText('the page')).toBeInTheDocument();
  });

  it('opens the reconnect dialog over the page when Kakao rejects the token mid-work', async () => {
    // As the server does: once Kakao has refused the token, the session reads expired.
    let kakaoRefused = false;
    serveSession(() => business({ expired: kakaoRefused }));
    world.server.use(
      http.get('*/api/probe', () => {
        kakaoRefused = true;
        return HttpResponse.json({ error: 'session_expired', message: 'x' }, { status: 401 });
      }),
    );
    renderWithProviders(<SessionGate><Page /></SessionGate>);
    const reconnect = await screen.findByRole('link', { name: 'Connect again' });
    expect(reconnect.getAttribute('href')).toMatch(/^\/auth\/login\?returnTo=/);
    // The page stays mounted underneath, so nothing on it is lost.
    expect(screen.getByText('page failed')).toBeInTheDocument();
  });
});

describe('AccountMenu', () => {
  it('says who is signed in and signs out with same-origin JSON', async () => {
    serveSession(business({ user: { name: '김하늘' } }));
    let logout: Request | null = null;
    world.server.use(
      http.post('*/auth/logout', ({ request }) => {
        logout = request;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    const { user } = renderWithProviders(<AccountMenu />);
    expect(await screen.findByText('Signed in as 김하늘')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/'));
    expect((logout as Request | null)?.headers.get('Content-Type')).toBe('application/json');
    vi.unstubAllGlobals();
  });
});
