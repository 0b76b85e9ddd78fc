import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDeviceAccount } from '@/db/device/device-accounts';
import { saveDeviceName } from '@/db/device/device-settings';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { AccountSection } from './account-section';
import { AuthGate } from './auth-gate';
import {
  meAnswers,
  MIRA,
  personOnDevice,
  resetDevice,
  stubServer,
  SVEN,
  unlockWithPin,
} from './auth-test-support';

async function renderSettings() {
  await renderWithI18n(
    <AuthGate>
      <p>Inhalt der App</p>
      <AccountSection />
    </AuthGate>,
  );
  await userEvent.click(
    await screen.findByRole('radio', { name: 'Mira Muster – Integrationsmanager:in' }),
  );
  await unlockWithPin();
  return screen.findByRole('region', { name: 'Konto auf diesem Gerät' });
}

describe('the account on this device, in the settings', () => {
  beforeEach(async () => {
    await resetDevice();
    stubServer({ 'GET /api/v1/me': meAnswers(MIRA) });
    await personOnDevice(MIRA);
    await personOnDevice(SVEN, undefined, '2026-11-02');
    await saveDeviceName('Tablet GU Hafenstraße');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('names the person and the device, and keeps the chosen auto-lock time', async () => {
    const section = await renderSettings();
    expect(section).toHaveTextContent(
      'Angemeldet: Mira Muster (mira@demo.lotse.example) – Integrationsmanager:in',
    );
    expect(await within(section).findByText('Gerät: Tablet GU Hafenstraße')).toBeInTheDocument();
    const select = within(section).getByLabelText('Automatisch sperren nach');
    expect(select).toHaveDisplayValue('10 Minuten');
    await userEvent.selectOptions(select, '5 Minuten');
    await waitFor(async () => expect((await readDeviceAccount(MIRA.id))?.autoLockMinutes).toBe(5));
  });

  it('removes the person and their data only after asking, and leaves the others', async () => {
    const section = await renderSettings();
    await userEvent.click(
      within(section).getByRole('button', { name: 'Konto und Daten von diesem Gerät entfernen' }),
    );
    const dialog = within(section).getByRole('alertdialog', {
      name: 'Konto und Daten wirklich von diesem Gerät entfernen?',
    });
    expect(dialog).toHaveTextContent('auch Änderungen, die noch nicht synchronisiert sind');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(await readDeviceAccount(MIRA.id)).toBeDefined();

    await userEvent.click(
      within(section).getByRole('button', { name: 'Konto und Daten von diesem Gerät entfernen' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Endgültig entfernen' }));
    expect(await screen.findByTestId('login-notice')).toHaveTextContent(
      'Das Konto von Mira Muster und alle seine Daten wurden von diesem Gerät entfernt.',
    );
    expect(await readDeviceAccount(MIRA.id)).toBeUndefined();
    await waitFor(async () =>
      expect((await Dexie.getDatabaseNames()).sort()).toEqual(['lotse-device', 'lotse-user-sven']),
    );
  });
});
