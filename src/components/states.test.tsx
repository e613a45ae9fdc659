import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { EmptyState } from './empty-state';
import { LoadingSkeleton } from './loading-skeleton';
import { ConfigBadge, SystemConfigBadge } from './status-badge';

describe('LoadingSkeleton', () => {
  it('announces loading to screen readers', () => {
    renderWithProviders(<LoadingSkeleton rows={3} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
  });
});

describe('EmptyState', () => {
  it('names what is missing as a heading, with a hint', () => {
    renderWithProviders(<EmptyState title="No ad groups" description="Create one." />);
    expect(screen.getByRole('heading', { level: 2, name: 'No ad groups' })).toBeInTheDocument();
    expect(screen.getByText('Create one.')).toBeInTheDocument();
  });
});

describe('status badges', () => {
  it('translate known statuses', () => {
    renderWithProviders(
      <>
        <ConfigBadge config="OFF" />
        <SystemConfigBadge systemConfig="ADMIN_STOP" />
      </>,
      { language: 'ko' },
    );
    expect(screen.getByText('꺼짐')).toBeInTheDocument();
    expect(screen.getByText('관리자 정지')).toBeInTheDocument();
  });

  it('show a status Kakao adds later as it comes', () => {
    renderWithProviders(<SystemConfigBadge systemConfig="BUDGET_STOP" />);
    expect(screen.getByText('BUDGET_STOP')).toBeInTheDocument();
  });
});
