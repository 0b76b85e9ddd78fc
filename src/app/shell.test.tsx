import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/setup/render-with-i18n';
import { Shell } from './shell';

describe('Shell', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tells the manager when the device is offline and that work is kept', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    await renderWithI18n(
      <Shell>
        <p>Inhalt</p>
      </Shell>,
    );
    expect(screen.getByTestId('network-status')).toHaveTextContent('Online');
    onLine.mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByTestId('network-status')).toHaveTextContent(
      'Offline – alles wird auf diesem Gerät gespeichert',
    );
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
  });
});
