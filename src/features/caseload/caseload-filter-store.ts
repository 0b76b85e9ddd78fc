import { create } from 'zustand';

/** Which case statuses the list shows; `active` (open and paused) is what a manager works on. */
export const STATUS_FILTERS = ['active', 'open', 'paused', 'closed', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface CaseloadFilters {
  query: string;
  status: StatusFilter;
  /** A life area key; empty for all. */
  lifeAreaKey: string;
  overdueOnly: boolean;
}

export const DEFAULT_FILTERS: CaseloadFilters = {
  query: '',
  status: 'active',
  lifeAreaKey: '',
  overdueOnly: false,
};

interface CaseloadFilterStore extends CaseloadFilters {
  setFilters: (changes: Partial<CaseloadFilters>) => void;
  reset: () => void;
}

/**
 * Search and filter state of the caseload, kept while the manager opens a case
 * and comes back. Only this small UI state lives here; records stay in Dexie.
 */
export const useCaseloadFilterStore = create<CaseloadFilterStore>((set) => ({
  ...DEFAULT_FILTERS,
  setFilters: (changes) => set(changes),
  reset: () => set(DEFAULT_FILTERS),
}));
