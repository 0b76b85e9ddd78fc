import { z } from 'zod';
import { roleSchema } from '../domain/role';

/**
 * What a device session is now: `active`; `expired` (not used for the
 * configured number of days); `revoked` by an admin (the device wipes its data
 * at its next contact); `ended` by logging out or by a newer login on the same
 * device.
 */
export const DEVICE_STATUSES = ['active', 'expired', 'revoked', 'ended'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

export const adminDeviceSchema = z.object({
  sessionId: z.string(),
  deviceId: z.string(),
  deviceName: z.string(),
  user: z.object({
    id: z.string(),
    displayName: z.string(),
    email: z.string(),
    role: roleSchema,
  }),
  createdAt: z.string(),
  /** The device's last contact with the server (updated at most once a minute). */
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  /** The admin who revoked it. */
  revokedBy: z.string().nullable(),
  endedAt: z.string().nullable(),
  status: z.enum(DEVICE_STATUSES),
});
export type AdminDevice = z.infer<typeof adminDeviceSchema>;

export const adminDevicesResponseSchema = z.object({ devices: z.array(adminDeviceSchema) });
export type AdminDevicesResponse = z.infer<typeof adminDevicesResponseSchema>;

export const adminDeviceResponseSchema = z.object({ device: adminDeviceSchema });
export type AdminDeviceResponse = z.infer<typeof adminDeviceResponseSchema>;
