import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { ApiError } from '../api/api-error';
import { ErrorState } from './error-state';

const kakao = (init: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ kind: 'kakao', status: 400, code: -813, message: 'refused', ...init });

describe('ErrorState', () => {
  it("shows Kakao's own detailMsg and its codes", () => {
    renderWithProviders(<ErrorState error={kakao({ detailCode: 32001, detailMsg: '광고그룹이 존재하지 않습니다.' })} />);
    expect(screen.getByText('광고그룹이 존재하지 않습니다.')).toHaveAttribute('lang', 'ko');
    expect(screen.getByText('Error code -813 / 32001')).toBeInTheDocument();
  });

  it('says what to fix when the business token is invalid or expired', () => {
    renderWithProviders(<ErrorState error={kakao({ status: 401, detailMsg: 'invalid token' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/business token is invalid, expired/);
    expect(screen.queryByText('invalid token')).not.toBeInTheDocument();
  });

  it.each([
    ['network', /Could not reach the server/],
    ['timeout', /did not answer in time/],
    ['malformed', /unexpected format/],
  ] as const)('gives a clear message for a %s error', (kind, text) => {
    renderWithProviders(<ErrorState error={new ApiError({ kind, message: 'internal detail' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(screen.queryByText(/internal detail/)).not.toBeInTheDocument();
  });

  it('does not show the message of an unknown error', () => {
    renderWithProviders(<ErrorState error={new TypeError('x is undefined')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('An unexpected error occurred.');
  });

  it('retries on request', async () => {
    const onRetry = vi.fn();
    const { user } = renderWithProviders(<ErrorState error={kakao()} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('speaks Korean when the UI does', () => {
    renderWithProviders(<ErrorState error={new ApiError({ kind: 'timeout', message: 'x' })} onRetry={() => {}} />, {
      language: 'ko',
    });
    expect(screen.getByRole('button', { name: '다시 시도' })).toBeInTheDocument();
  });
});
