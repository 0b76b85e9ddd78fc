import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { StorageSection } from './storage-section';
import { isNearlyFull, readStorageStatus } from './storage-status';

const GB = 1e9;

describe('StorageSection', () => {
  it('shows whether storage is persistent, and what is used and free', async () => {
    await renderWithI18n(
      <StorageSection
        status={{ supported: true, persisted: true, usage: 1 * GB, quota: 10 * GB }}
        onRefresh={() => {}}
      />,
    );
    expect(screen.getByTestId('storage-persisted')).toHaveTextContent('gewährt – der Browser');
    expect(screen.getByTestId('storage-usage').textContent?.replace(/\u00a0/g, ' ')).toBe(
      'Belegt: 1 GB von 10 GB (10 %) – frei: 9 GB',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns when more than 80 % of the quota is used', async () => {
    const onRefresh = vi.fn();
    await renderWithI18n(
      <StorageSection
        status={{ supported: true, persisted: false, usage: 8.5 * GB, quota: 10 * GB }}
        onRefresh={onRefresh}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('mehr als 80 %');
    expect(screen.getByTestId('storage-persisted')).toHaveTextContent('nicht gewährt');
    await userEvent.click(screen.getByRole('button', { name: 'Aktualisieren' }));
    expect(onRefresh).toHaveBeenCalledOnce();
  });

  it('says so when the browser cannot tell', async () => {
    await renderWithI18n(<StorageSection status={{ supported: false }} onRefresh={() => {}} />);
    expect(screen.getByText(/gibt keine Auskunft/)).toBeInTheDocument();
  });
});

describe('storage status', () => {
  it('puts the warning line just above 80 %', () => {
    const at = (usage: number) =>
      isNearlyFull({ supported: true, persisted: true, usage, quota: 100 });
    expect(at(80)).toBe(false);
    expect(at(80.1)).toBe(true);
    expect(isNearlyFull({ supported: true, persisted: true, usage: 5, quota: 0 })).toBe(false);
  });

  it('reads estimate and persistence from the StorageManager', async () => {
    const manager = {
      estimate: () => Promise.resolve({ usage: 5, quota: 50 }),
      persisted: () => Promise.resolve(true),
    } as unknown as StorageManager;
    expect(await readStorageStatus(manager)).toEqual({
      supported: true,
      persisted: true,
      usage: 5,
      quota: 50,
    });
    expect(await readStorageStatus(undefined)).toEqual({ supported: false });
  });
});
