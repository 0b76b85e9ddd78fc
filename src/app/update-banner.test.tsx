import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/setup/render-with-i18n';
import { UpdateBanner } from './update-banner';

describe('UpdateBanner', () => {
  it('offers the new version and reloads only when asked', async () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    await renderWithI18n(<UpdateBanner onReload={onReload} onDismiss={onDismiss} />);
    expect(screen.getByRole('status')).toHaveTextContent('Neue Version verfügbar – neu laden');
    await userEvent.click(screen.getByRole('button', { name: 'Später' }));
    expect(onReload).not.toHaveBeenCalled();
    expect(onDismiss).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('is rendered in English when English is chosen', async () => {
    await renderWithI18n(<UpdateBanner onReload={() => {}} onDismiss={() => {}} />, 'en');
    expect(screen.getByRole('status')).toHaveTextContent('New version available – reload');
  });
});
