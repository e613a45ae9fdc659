// @vitest-environment-options {"url": "http://localhost/"}
// The mock world answers at http://localhost/api, where the client sends from this origin.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderDetailAt, SLOW } from '../detail/render-detail';
import { installMockWorld } from '../../../testing/mock-world';
import './edit-ad-group-route-page';

installMockWorld();

describe('wizard routes on a type × goal the Open API does not change', SLOW, () => {
  it('a deep link to Edit a Bizboard × Reach group says why, in words, not codes', async () => {
    renderDetailAt(35009, '54081/edit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Campaign type not supported' })).toBeInTheDocument();
    expect(screen.getByText(/ad groups of this campaign type \(Kakao Bizboard · Reach\)/)).toBeInTheDocument();
    expect(screen.queryByText(/TALK_BIZ_BOARD|REACH/)).not.toBeInTheDocument();
  });
});
