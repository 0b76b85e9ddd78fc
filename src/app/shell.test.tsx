import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/setup/render-with-i18n';
import { Shell } from './shell';

describe('Shell', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tells the manager when the device is offline', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    await renderWithI18n(
      <Shell>
        <p>Inhalt</p>
      </Shell>,
    );
    expect(screen.getByTestId('network-status')).toHaveTextContent('Online');
    onLine.mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    // Short, as short as "Online": the header holds still (that work is kept, the sync status says).
    expect(screen.getByTestId('network-status')).toHaveTextContent(/^Offline$/);
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
  });
});
