/** Loaded before the first screen renders; every other namespace loads when a screen first asks for it. */
export const INITIAL_NAMESPACES = ['common', 'errors', 'caseload'] as const;

/**
 * Not needed to show the first screen, but by every form: fetched right after
 * it. Components that show these texts also name the namespace in
 * useTranslation, so they wait for it in the rare case it is not there yet.
 */
export const PREFETCHED_NAMESPACES = ['validation'] as const;
