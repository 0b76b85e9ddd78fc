// The public surface of src/core, by name. The PWA and the sync server import from here.
export {
  createHlcClock,
  createNodeId,
  decodeHlc,
  encodeHlc,
  isHlcStamp,
  isNodeId,
  DEFAULT_MAX_DRIFT_MS,
  HLC_ENCODING_VERSION,
  HlcRejection,
} from './hlc';
export type { HlcClock, HlcClockOptions, HlcResult, HlcTimestamp } from './hlc';
export { createId, ID_PATTERN } from './ids';
export { DEFAULT_LANGUAGE, LANGUAGES, UI_LANGUAGES, textDirection } from './languages';
export type { Language } from './languages';
export { Role, roleSchema } from './domain/role';
export { ErrorCode } from './api/error-codes';
export { errorResponseSchema, errorIssueSchema } from './api/error-response';
export type { ErrorResponse, ErrorIssue } from './api/error-response';
export { healthResponseSchema, PROTOCOL_VERSION } from './api/health';
export type { HealthResponse } from './api/health';
export { loginRequestSchema, loginResponseSchema } from './api/login';
export type { LoginRequest, LoginResponse } from './api/login';
export { ORG_SCOPE, rowMetaSchema } from './sync/synced-row';
export type { RowMeta, SyncedRow } from './sync/synced-row';
export * from './domain/fields';
export * from './domain/issues';
export * from './domain/date-rules';
export * from './domain/life-area';
export * from './domain/barrier';
export * from './domain/client';
export * from './domain/case-file';
export * from './domain/contact';
export * from './domain/plan';
export * from './domain/outcome';
export * from './domain/partner';
export * from './domain/group-offer';
export * from './domain/record-types';
export * from './indicators/indicator-definition';
export * from './indicators/evaluate-indicator';
export { rowFromFields } from './sync/row-from-fields';
export { createSearchIndex } from './search/create-search-index';
export type { SearchIndex } from './search/create-search-index';
export { searchKeys } from './search/search-keys';
export {
  deviceIdSchema,
  meResponseSchema,
  sessionInfoSchema,
  sessionUserSchema,
} from './api/session';
export type { MeResponse, SessionInfo, SessionUser } from './api/session';
export {
  adminUserResponseSchema,
  adminUserSchema,
  adminUsersResponseSchema,
  createUserRequestSchema,
  PASSWORD_MIN_LENGTH,
  updateUserRequestSchema,
} from './api/admin-users';
export type {
  AdminUser,
  AdminUserResponse,
  AdminUsersResponse,
  CreateUserRequest,
  UpdateUserRequest,
} from './api/admin-users';
export {
  adminDeviceResponseSchema,
  adminDeviceSchema,
  adminDevicesResponseSchema,
  DEVICE_STATUSES,
} from './api/admin-devices';
export type {
  AdminDevice,
  AdminDeviceResponse,
  AdminDevicesResponse,
  DeviceStatus,
} from './api/admin-devices';
export {
  assignmentsQuerySchema,
  assignmentsResponseSchema,
  caseAssignmentSchema,
  caseIdSchema,
  putAssignmentRequestSchema,
} from './api/case-assignments';
export type {
  AssignmentsQuery,
  AssignmentsResponse,
  CaseAssignment,
  PutAssignmentRequest,
} from './api/case-assignments';
export {
  AuditAction,
  auditEntrySchema,
  auditPageResponseSchema,
  auditQuerySchema,
} from './api/audit-log';
export type { AuditEntry, AuditPageResponse, AuditQuery } from './api/audit-log';
export { teamMemberSchema, teamResponseSchema } from './api/team';
export type { TeamMember, TeamResponse } from './api/team';
export * from './domain/conflict';
export {
  compactStamps,
  DELETED_FIELD,
  ERASED_FIELD,
  erasedState,
  expandStamps,
  isConcurrent,
  isErased,
  mergeFields,
} from './sync/merge';
export type { CompactStamps, FieldState, MergeResult, ReplacedValue } from './sync/merge';
export {
  DEFAULT_PULL_PAGE,
  MAX_PULL_PAGE,
  MAX_PUSH_CHANGES,
  pulledRowSchema,
  pushedChangeSchema,
  recordRefSchema,
  RefusalCode,
  refusalPath,
  refusedIndex,
  SYNC_PROTOCOL_VERSION,
  syncRequestSchema,
  syncResponseSchema,
  syncTableSchema,
} from './sync/protocol';
export type {
  PulledRow,
  PushedChange,
  RecordRef,
  SyncRequest,
  SyncResponse,
} from './sync/protocol';
export {
  SOCKET_COMPRESS_FROM_BYTES,
  socketAnswerSchema,
  SocketCloseCode,
  socketRequestSchema,
  SYNC_SOCKET_PATH,
} from './sync/socket-protocol';
export type { SocketAnswer, SocketRequest } from './sync/socket-protocol';
export { collapseOutbox } from './sync/collapse-outbox';
export type { QueuedChange } from './sync/collapse-outbox';
export {
  clientExportSchema,
  erasureRequestSchema,
  erasureResponseSchema,
  retentionReportSchema,
} from './api/client-data';
export type {
  ClientExport,
  ErasureRequest,
  ErasureResponse,
  RetentionReport,
} from './api/client-data';
