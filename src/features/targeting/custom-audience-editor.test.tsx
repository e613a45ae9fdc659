import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TargetingRequest } from '../../api/contracts/targeting';
import { renderWithProviders } from '../../testing/render';
import { CustomAudienceEditor } from './custom-audience-editor';
import { API_BASE, Harness, MESSAGE_CONTEXT, createLookupServer, last } from './test-harness';

const server = createLookupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A row's radio group, found through its label text (role queries are slow on a DOM this size). */
async function openTab(user: { click: (el: Element) => Promise<void> }, name: RegExp) {
  await user.click(screen.getByRole('tab', { name }));
}

function group(name: string, container: HTMLElement = document.body): HTMLElement {
  const label = within(container).getByText(name);
  return document.querySelector(`[role="radiogroup"][aria-labelledby="${label.id}"]`) as HTMLElement;
}

describe('CustomAudienceEditor', { timeout: 60_000 }, () => {
  it('offers only ready, COMPLETE customer files, shows the others with their state, and includes or excludes', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} part={CustomAudienceEditor} />);
    await openTab(user, /^My data/);
    await screen.findByText('2025 상반기 구매고객');

    expect(within(group('앱 휴면회원 (90일)')).getByLabelText('Include')).toBeDisabled();
    expect(screen.getByText('Waiting: cannot be targeted.')).toBeInTheDocument();
    expect(screen.getByText('Deleted: cannot be targeted.')).toBeInTheDocument();
    expect(within(group('신규 가입 고객 (모수 부족)')).getByLabelText('Include')).toBeDisabled();
    expect(screen.getByText('Not enough people matched yet: cannot be targeted.')).toBeInTheDocument();

    await user.click(within(group('2025 상반기 구매고객')).getByLabelText('Include'));
    await user.click(within(group('VIP 멤버십 회원')).getByLabelText('Exclude'));
    expect(last(values).customerFileTargetings).toEqual([
      { customerFileId: 1, inclusionType: 'INCLUDE' },
      { customerFileId: 2, inclusionType: 'EXCLUDE' },
    ]);
    await user.click(within(group('2025 상반기 구매고객')).getByLabelText('Not used'));
    expect(last(values).customerFileTargetings).toEqual([{ customerFileId: 2, inclusionType: 'EXCLUDE' }]);
  });

  it('includes and excludes channels, engagement targets and interests (deprecated marked)', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} part={CustomAudienceEditor} />);
    await openTab(user, /^Kakao users/);
    const friends = (await screen.findByText('Kakao Talk Channel friends')).closest('fieldset') as HTMLElement;
    await within(friends).findByText('한빛몰');
    await user.click(within(group('한빛몰', friends)).getByLabelText('Exclude'));
    expect(last(values).talkChannelTargetings).toEqual([{ profileId: '_ZQxd', inclusionType: 'EXCLUDE' }]);

    // The tab counts what it holds.
    await openTab(user, /^My data \(0\)/);
    await screen.findByText('봄 시즌 배너 클릭 사용자');
    await user.click(within(group('봄 시즌 배너 클릭 사용자')).getByLabelText('Include'));
    expect(last(values).cohortTargetings).toEqual([{ cohortId: '1', inclusionType: 'INCLUDE' }]);
    expect(screen.getByRole('tab', { name: /^Kakao users \(1\)/ })).toBeInTheDocument();

    await openTab(user, /^Categories/);

    await user.type(screen.getByLabelText('Search interests'), '글램핑');
    const glamping = (await screen.findByText('글램핑')).closest('li') as HTMLElement;
    // Deprecated: marked, and it cannot be newly chosen.
    expect(within(glamping).getByRole('checkbox')).toBeDisabled();
    expect(within(glamping).getByText('Discontinued')).toBeInTheDocument();
    await user.click(screen.getByLabelText('캠핑/아웃도어'));
    expect(last(values).ufoInterests).toEqual(['I3201']);
  });

  it('adds a Pixel & SDK audience only with a term of 1 to 180 days', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} part={CustomAudienceEditor} />);
    await openTab(user, /^My data/);
    const term = await screen.findByLabelText(/^Period \(days\)/);
    const add = screen.getByText('Add', { selector: 'button span' });

    for (const bad of ['181', '0']) {
      await user.clear(term);
      await user.type(term, bad);
      await user.click(add);
      expect(screen.getByText('Enter a whole number from 1 to 180.')).toBeInTheDocument();
    }
    expect(values).toEqual([]);

    await user.clear(term);
    await user.type(term, '180');
    await user.click(within(group('Include or exclude')).getByLabelText('Exclude'));
    await user.click(add);
    expect(last(values).trackerTargetings).toEqual([
      {
        trackId: '123456789',
        inclusionType: 'EXCLUDE',
        eventCode: '*',
        trackRuleId: '*',
        trackRuleName: '모든 이벤트',
        term: 180,
      },
    ]);
    expect(screen.getByText('한빛몰 웹 픽셀 · All events · last 180 days')).toBeInTheDocument();
  });

  it('Smart message disables every custom audience and offers to remove those chosen', async () => {
    const values: TargetingRequest[] = [];
    const initial: TargetingRequest = {
      type: 'NORMAL',
      ageType: 'ALL',
      genderType: 'ALL',
      locationType: 'ALL',
      customerFileTargetings: [{ customerFileId: 1, inclusionType: 'INCLUDE' }],
    };
    const { user } = renderWithProviders(
      <Harness values={values} initial={initial} part={CustomAudienceEditor} context={{ ...MESSAGE_CONTEXT, smartMessage: true }} />,
    );
    expect(screen.getByText(/Smart message cannot be combined with custom audiences/)).toBeInTheDocument();
    expect(await screen.findByLabelText('Search interests')).toBeDisabled();
    await openTab(user, /^My data \(1\)/);
    await screen.findByText('VIP 멤버십 회원');
    expect(within(group('VIP 멤버십 회원')).getByLabelText('Include')).toBeDisabled();
    await user.click(screen.getByText('Remove all custom audiences'));
    expect(last(values)).not.toHaveProperty('customerFileTargetings');
  });

  it('offers friend groups to Message ad groups only', async () => {
    const first = renderWithProviders(<Harness values={[]} part={CustomAudienceEditor} />);
    await openTab(first.user, /^Kakao users/);
    await screen.findAllByText('한빛몰');
    expect(screen.queryByText('Friend groups')).not.toBeInTheDocument();
    first.unmount();

    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} part={CustomAudienceEditor} context={MESSAGE_CONTEXT} />);
    await openTab(user, /^Kakao users/);
    await screen.findByText('앱 회원 중 최근 30일 구매');
    expect(within(group('단골 손님 연락처')).getByLabelText('Include')).toBeDisabled();
    await user.click(within(group('앱 회원 중 최근 30일 구매')).getByLabelText('Include'));
    expect(last(values).talkChannelGroupTargetings).toEqual([
      { talkChannelGroupFileId: 1, name: '앱 회원 중 최근 30일 구매', inclusionType: 'INCLUDE', fileType: 'APP_USER_ID', groupKey: 'gk_7f3a91c2' },
    ]);
  });

  it("shows Kakao's message when a look-up fails, and Retry loads it", async () => {
    server.use(
      http.get(
        `${API_BASE}/customerFiles`,
        () => HttpResponse.json({ code: -813, msg: 'KakaoMomentException', extras: { detailCode: 6003, detailMsg: '광고계정이 존재하지 않습니다.' } }, { status: 400 }),
        { once: true },
      ),
    );
    const { user } = renderWithProviders(<Harness values={[]} part={CustomAudienceEditor} />);
    await openTab(user, /^My data/);
    const alert = await screen.findByText('광고계정이 존재하지 않습니다.');
    await user.click(within(alert.closest('[role=alert]') as HTMLElement).getByText('Retry'));
    await waitFor(() => expect(screen.getByText('2025 상반기 구매고객')).toBeInTheDocument());
  });
});
