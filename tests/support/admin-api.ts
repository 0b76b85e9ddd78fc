import { DEMO_ADMIN } from './device-login';

/** The demo admin, logged in from Node as from the office PC; answers the bearer token. */
export async function logInAdmin(serverUrl: string): Promise<string> {
  const response = await fetch(`${serverUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: DEMO_ADMIN.email,
      password: DEMO_ADMIN.password,
      deviceId: 'e2e-office-desk',
      deviceName: 'Büro-PC',
    }),
  });
  if (!response.ok) throw new Error(`admin login failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** What an admin does about a lost tablet: finds its active session by name and revokes it. */
export async function revokeDevice(serverUrl: string, deviceName: string): Promise<void> {
  const token = await logInAdmin(serverUrl);
  const headers = { Authorization: `Bearer ${token}` };
  const list = await fetch(`${serverUrl}/api/v1/admin/devices`, { headers });
  const { devices } = (await list.json()) as {
    devices: { sessionId: string; deviceName: string; status: string }[];
  };
  const device = devices.find((d) => d.deviceName === deviceName && d.status === 'active');
  if (!device) throw new Error(`no active device named ${deviceName}`);
  const revoked = await fetch(`${serverUrl}/api/v1/admin/devices/${device.sessionId}/revoke`, {
    method: 'POST',
    headers,
  });
  if (!revoked.ok) throw new Error(`revoking failed: ${revoked.status}`);
}
