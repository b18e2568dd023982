import { describe, expect, it } from 'vitest';
import { plan } from '../../../shared/planner/plan';
import { input } from './fixtures';

describe('plan: the common case', () => {
  it('fills December with the rhythm and ends with zero warnings', () => {
    const result = plan(input());
    expect(result.warnings).toEqual([]);
    expect(result.unmet).toEqual([]);
    expect(result.proposals.length).toBeGreaterThan(15);
  });
});
