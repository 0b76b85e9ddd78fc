import request from 'supertest';
import { Role } from '../../src/core/index';
import type { TestUser, TestWorld } from './test-world';

/** A second manager in organisation A, made the way an admin makes one (through the admin API). */
export async function addSecondManager(world: TestWorld): Promise<TestUser> {
  const { token } = await world.openSession(world.orgA.admin);
  const user = {
    email: 'zweite.managerin@lotse.example',
    displayName: 'Zora Zweite',
    role: Role.manager,
    password: 'ein-langes-passwort',
  };
  const res = await request(world.app)
    .post('/api/v1/admin/users')
    .set('Authorization', `Bearer ${token}`)
    .send(user)
    .expect(201);
  return {
    ...user,
    id: (res.body as { user: { id: string } }).user.id,
    orgId: world.orgA.admin.orgId,
  };
}
