import { useCallback, useEffect, useState } from 'react';
import { teamResponseSchema, type TeamMember } from '@/core/index';
import { apiRequest, type ApiFailure } from '@/sync/api-client';

export type TeamData =
  | { state: 'loading' }
  | { state: 'loaded'; members: TeamMember[] }
  | { state: 'failed'; failure: ApiFailure };

/**
 * The supervisor's team as the server has it now. Online only and not kept on
 * the device; the server logs every read (`team.read`).
 */
export function useTeam(): { team: TeamData; reload: () => void } {
  const [team, setTeam] = useState<TeamData>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    void apiRequest('/v1/team', teamResponseSchema).then((answer) => {
      if (!active) return;
      setTeam(
        answer.ok
          ? { state: 'loaded', members: answer.data.members }
          : { state: 'failed', failure: answer.failure },
      );
    });
    return () => {
      active = false;
    };
  }, [attempt]);

  const reload = useCallback(() => {
    setTeam({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { team, reload };
}
