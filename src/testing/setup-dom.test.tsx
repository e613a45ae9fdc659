import { render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ASYNC_UTIL_TIMEOUT_MS } from './async-timeouts';

// Stands for a render that a busy machine delays past Testing Library's 1 s default.
function Slow({ after }: { after: number }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), after);
    return () => clearTimeout(timer);
  }, [after]);
  return ready ? <h1>Ready</h1> : null;
}

describe('waits in DOM tests', () => {
  it('outlast a slow machine: findBy waits well past 1 s for a state to appear', async () => {
    expect(ASYNC_UTIL_TIMEOUT_MS).toBeGreaterThanOrEqual(10_000);
    render(<Slow after={1_500} />);
    expect(await screen.findByRole('heading', { name: 'Ready' })).toBeInTheDocument();
  });
});
