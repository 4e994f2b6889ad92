export const ROLES = ['case_manager', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['lt', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
