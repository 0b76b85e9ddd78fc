import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { markCaseOpened } from '@/db/recent-cases';
import { setBulkSync } from './bulk-sync';
import { useSteadyLiveQuery } from './use-steady-live-query';

const countOpened = () => db.localRecentCases.count();
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

beforeEach(async () => {
  await db.localRecentCases.clear();
});
afterEach(() => setBulkSync(false));

describe('a live query that holds still during a bulk sync', () => {
  it('follows every change while no bulk sync runs', async () => {
    const { result } = renderHook(() => useSteadyLiveQuery(countOpened, []));
    await waitFor(() => expect(result.current).toBe(0));
    await markCaseOpened('case-1');
    await waitFor(() => expect(result.current).toBe(1));
  });

  it('keeps what it showed while a bulk sync stores pages, and reads once it has finished', async () => {
    const { result } = renderHook(() => useSteadyLiveQuery(countOpened, []));
    await waitFor(() => expect(result.current).toBe(0));
    act(() => setBulkSync(true));
    await markCaseOpened('case-1');
    await markCaseOpened('case-2');
    await settle();
    expect(result.current).toBe(0);
    act(() => setBulkSync(false));
    await waitFor(() => expect(result.current).toBe(2));
    await markCaseOpened('case-3');
    await waitFor(() => expect(result.current).toBe(3));
  });

  it('reads once when it appears during a bulk sync', async () => {
    await markCaseOpened('case-1');
    setBulkSync(true);
    const { result } = renderHook(() => useSteadyLiveQuery(countOpened, []));
    await waitFor(() => expect(result.current).toBe(1));
    await markCaseOpened('case-2');
    await settle();
    expect(result.current).toBe(1);
    act(() => setBulkSync(false));
    await waitFor(() => expect(result.current).toBe(2));
  });
});
