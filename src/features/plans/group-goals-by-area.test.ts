import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFE_AREAS } from '@/core/index';
import { groupGoalsByArea } from './group-goals-by-area';

describe('groupGoalsByArea', () => {
  it('follows the configured order, leaves out empty areas and keeps unknown areas last', () => {
    const goals = [
      { id: '1', lifeAreaKey: 'housing' },
      { id: '2', lifeAreaKey: 'formerArea' },
      { id: '3', lifeAreaKey: 'language' },
      { id: '4', lifeAreaKey: 'housing' },
    ];
    const groups = groupGoalsByArea(goals, DEFAULT_LIFE_AREAS);
    expect(groups.map((g) => [g.key, g.goals.map((goal) => goal.id)])).toEqual([
      ['language', ['3']],
      ['housing', ['1', '4']],
      ['formerArea', ['2']],
    ]);
    expect(groups[2]?.label).toBeUndefined();
  });
});
