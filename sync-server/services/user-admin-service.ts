import {
  AuditAction,
  createId,
  ErrorCode,
  Role,
  type AdminUser,
  type CreateUserRequest,
  type UpdateUserRequest,
} from '../../src/core/index';
import type { AppContext } from '../app-context';
import type { AuthContext } from '../auth/auth-context';
import { hashPassword } from '../auth/password';
import { revokeSessions } from '../repositories/session-repository';
import {
  countActiveUsersWithRole,
  findUserByEmail,
  findUserInOrg,
  insertUser,
  listUsersOfOrg,
  updateUser as updateUserRow,
  type UserRow,
} from '../repositories/user-repository';
import { recordAuditBy } from './audit-service';

export type UserChange =
  | { ok: true; user: AdminUser }
  | {
      ok: false;
      code: typeof ErrorCode.notFound | typeof ErrorCode.emailTaken | typeof ErrorCode.lastAdmin;
    };

function toAdminUser(user: UserRow): AdminUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    createdAt: user.created_at,
    disabledAt: user.disabled_at,
  };
}

export async function listUsers(ctx: AppContext, auth: AuthContext): Promise<AdminUser[]> {
  const { db } = ctx.storage;
  const users = await listUsersOfOrg(db, auth.user.orgId);
  await recordAuditBy(db, auth, ctx.now(), {
    action: AuditAction.usersRead,
    target: { type: 'organisation', id: auth.user.orgId },
    details: { count: users.length },
  });
  return users.map(toAdminUser);
}

export async function createUser(
  ctx: AppContext,
  auth: AuthContext,
  request: CreateUserRequest,
): Promise<UserChange> {
  const { db } = ctx.storage;
  const email = request.email.toLowerCase();
  // E-mail addresses are unique across organisations, because login names only the address.
  if (await findUserByEmail(db, email)) return { ok: false, code: ErrorCode.emailTaken };
  const now = ctx.now();
  const user: UserRow = {
    id: createId(now.getTime()),
    org_id: auth.user.orgId,
    email,
    display_name: request.displayName,
    role: request.role,
    password_hash: await hashPassword(request.password, ctx.passwordCost),
    created_at: now.toISOString(),
    disabled_at: null,
  };
  try {
    await db.transaction().execute(async (trx) => {
      await insertUser(trx, user);
      await recordAuditBy(trx, auth, now, {
        action: AuditAction.userCreated,
        target: { type: 'user', id: user.id },
        details: { email, role: user.role },
      });
    });
  } catch (error) {
    // Two admins creating the same address at once: the unique index decides.
    if (await findUserByEmail(db, email)) return { ok: false, code: ErrorCode.emailTaken };
    throw error;
  }
  return { ok: true, user: toAdminUser(user) };
}

/**
 * Changes role, name or disabled state of a user of the admin's organisation.
 * Disabling revokes every device session of the user, so that their devices
 * wipe their data at the next contact. The organisation always keeps one
 * active admin.
 */
export async function updateUser(
  ctx: AppContext,
  auth: AuthContext,
  userId: string,
  request: UpdateUserRequest,
): Promise<UserChange> {
  const { db } = ctx.storage;
  const user = await findUserInOrg(db, auth.user.orgId, userId);
  if (!user) return { ok: false, code: ErrorCode.notFound };

  const losesAdmin =
    user.role === Role.admin &&
    !user.disabled_at &&
    ((request.role !== undefined && request.role !== Role.admin) || request.disabled === true);
  if (losesAdmin && (await countActiveUsersWithRole(db, user.org_id, Role.admin, user.id)) === 0)
    return { ok: false, code: ErrorCode.lastAdmin };

  const now = ctx.now();
  const disabledAt =
    request.disabled === undefined
      ? user.disabled_at
      : request.disabled
        ? (user.disabled_at ?? now.toISOString())
        : null;
  const updated: UserRow = {
    ...user,
    role: request.role ?? user.role,
    display_name: request.displayName ?? user.display_name,
    disabled_at: disabledAt,
  };
  await db.transaction().execute(async (trx) => {
    await updateUserRow(trx, user.id, {
      role: updated.role,
      display_name: updated.display_name,
      disabled_at: updated.disabled_at,
    });
    await recordAuditBy(trx, auth, now, {
      action: AuditAction.userUpdated,
      target: { type: 'user', id: user.id },
      details: { ...request },
    });
    if (updated.disabled_at && !user.disabled_at) {
      const revoked = await revokeSessions(
        trx,
        { userId: user.id },
        now.toISOString(),
        auth.user.id,
      );
      for (const sessionId of revoked)
        await recordAuditBy(trx, auth, now, {
          action: AuditAction.deviceRevoked,
          target: { type: 'session', id: sessionId },
          details: { userId: user.id, reason: 'user_disabled' },
        });
    }
  });
  return { ok: true, user: toAdminUser(updated) };
}
