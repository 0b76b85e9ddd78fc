/** Loaded before the first screen renders; every other namespace loads when a screen first asks for it. */
export const INITIAL_NAMESPACES = ['common', 'errors', 'validation', 'caseload'] as const;
