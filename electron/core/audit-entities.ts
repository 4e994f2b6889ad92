/**
 * What an audit log entry can be about. The services may only write these (the type sees to it), and
 * the audit screen names each in the reader's language (locales: audit.entities.*).
 */
export const AUDIT_ENTITIES = [
  'user',
  'centre',
  'centreText',
  'timing',
  'backup',
  'quarter',
  'client',
  'case',
  'serviceProvider',
  'providerService',
  'serviceMap',
  'serviceMapSettings',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
