import type { Role } from '../../src/core/index';

/**
 * The demo organisation and its accounts, created on first start so that a
 * newcomer can try Lotse at once. Synthetic people only; the passwords are
 * public by design and the demo is switched off with DEMO=0.
 */
export const DEMO_ORGANISATION = {
  id: '0190a000-0000-7000-8000-000000000001',
  name: 'Demo-Kommune Neckarau-Süd',
};

export interface DemoAccount {
  id: string;
  email: string;
  password: string;
  displayName: string;
  role: Role;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    id: '0190a000-0000-7000-8000-000000000011',
    email: 'manager@demo.lotse.example',
    password: 'lotse-demo-manager',
    displayName: 'Mira Muster',
    role: 'manager',
  },
  {
    id: '0190a000-0000-7000-8000-000000000012',
    email: 'koordination@demo.lotse.example',
    password: 'lotse-demo-koordination',
    displayName: 'Sven Beispiel',
    role: 'supervisor',
  },
  {
    id: '0190a000-0000-7000-8000-000000000013',
    email: 'admin@demo.lotse.example',
    password: 'lotse-demo-admin',
    displayName: 'Ada Probst',
    role: 'admin',
  },
];
