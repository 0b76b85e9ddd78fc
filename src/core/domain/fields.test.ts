import { describe, expect, it } from 'vitest';
import { clientFieldsSchema } from './client';
import { outcomeFieldsSchema } from './outcome';

describe('optional fields', () => {
  it('treat a cleared form field as missing, not as invalid or zero', () => {
    const client = clientFieldsSchema.parse({
      firstName: 'Amal',
      lastName: 'Haddad',
      addressPostalCode: '',
      phone: '',
      dateOfBirth: '',
    });
    expect(client.addressPostalCode).toBeUndefined();
    expect(client.phone).toBeUndefined();
    expect(client.dateOfBirth).toBeUndefined();
    const outcome = outcomeFieldsSchema.parse({ clientId: 'c', caseId: 'k', weeklyHours: '' });
    expect(outcome.weeklyHours).toBeUndefined();
    expect(
      outcomeFieldsSchema.parse({ clientId: 'c', caseId: 'k', weeklyHours: '20' }).weeklyHours,
    ).toBe(20);
  });

  it('still refuses a malformed value', () => {
    expect(
      clientFieldsSchema.safeParse({ firstName: 'A', lastName: 'B', addressPostalCode: '7012' })
        .success,
    ).toBe(false);
  });
});
