import { describe, expect, it } from 'vitest';
import { checkPillars, checkRhythm, newPillarRow, pillarRowsOf, pillarTotal, rhythmRowsOf } from '../../../renderer/features/clients/clientPlanForm';

describe('the client dialog’s rhythm rows', () => {
  it('maps an error back to its channel when channels at 0 are left out before it', () => {
    // Facebook at 0 sits between Instagram and LinkedIn: LinkedIn is entry 1 of the checked list.
    const result = checkRhythm(['instagram', 'facebook', 'linkedin'], {
      instagram: { perWeek: '1', days: [1], times: ['09:00'] },
      facebook: { perWeek: '0', days: [2], times: ['10:00'] },
      linkedin: { perWeek: '2', days: [2, 4], times: ['', '8:30', '26:10'] },
    });
    expect(result).toEqual({ ok: false, errors: { 'rhythm.linkedin.times.2': { key: 'errors.timeInvalid' } } });
  });

  it('stores only channels with posts, days and times sorted, times normalised', () => {
    expect(
      checkRhythm(['instagram', 'linkedin'], {
        instagram: { perWeek: '2', days: [5, 1], times: ['18h00', '0930'] },
        linkedin: { perWeek: '', days: [], times: [''] },
      }),
    ).toEqual({ ok: true, value: [{ channel: 'instagram', perWeek: 2, days: [1, 5], times: ['09:30', '18:00'] }] });
  });

  it('refuses a rhythm of 0 everywhere once a row has days or times, and accepts none at all', () => {
    expect(checkRhythm(['instagram'], { instagram: { perWeek: '0', days: [], times: [''] } })).toEqual({ ok: true, value: [] });
    const refused = checkRhythm(['instagram', 'x'], { instagram: { perWeek: '0', days: [3], times: [''] } });
    expect(refused).toEqual({ ok: false, errors: { 'rhythm.all': { key: 'errors.rhythmEmpty' }, 'rhythm.instagram.perWeek': { key: 'errors.rhythmEmpty' } } });
  });

  it('says how many slots a too-busy week needs, and refuses posts a week that are not a whole number', () => {
    const many = checkRhythm(['tiktok'], { tiktok: { perWeek: '5', days: [1, 2], times: ['09:00', '12:00'] } });
    expect(many).toEqual({ ok: false, errors: { 'rhythm.tiktok.perWeek': { key: 'errors.rhythmTooMany', values: { count: 5, slots: 4 } } } });
    const odd = checkRhythm(['tiktok'], { tiktok: { perWeek: '2.5', days: [1], times: ['09:00'] } });
    expect(odd.ok ? null : odd.errors['rhythm.tiktok.perWeek']?.key).toBe('errors.rhythmPerWeekInvalid');
  });

  it('reads a stored rhythm back as rows, ignoring what is not valid', () => {
    expect(rhythmRowsOf([{ channel: 'x', perWeek: 1, days: [3], times: ['07:00'] }, { channel: 'x', perWeek: 9 }, 'junk'])).toEqual({
      x: { perWeek: '1', days: [3], times: ['07:00'] },
    });
  });
});

describe('the client dialog’s pillar rows', () => {
  it('reports every error at once: duplicates and the total even when a field is invalid', () => {
    const rows = [
      { id: 'a', name: 'Tips', color: '#4f46e5', target: '70' },
      { id: 'b', name: ' TIPS', color: '#059669', target: '50' },
      { id: 'c', name: 'a,b', color: '#ca8a04', target: 'x' },
    ];
    const result = checkPillars(rows);
    expect(result.ok ? null : result.errors).toEqual({
      'pillars.1.name': { key: 'errors.pillarNameDuplicate' },
      'pillars.2.name': { key: 'errors.pillarNameChars' },
      'pillars.2.target': { key: 'errors.pillarTargetInvalid' },
      'pillars.total': { key: 'errors.pillarSharesOver', values: { total: 120 } },
    });
    expect(pillarTotal(rows)).toBe(120);
  });

  it('turns whole percents into shares and back', () => {
    const result = checkPillars([{ id: 'a', name: 'Tips', color: '#4f46e5', target: '35' }]);
    expect(result).toEqual({ ok: true, value: [{ id: 'a', name: 'Tips', color: '#4f46e5', target: 0.35 }] });
    expect(pillarRowsOf(result.ok ? result.value : [])).toEqual([{ id: 'a', name: 'Tips', color: '#4f46e5', target: '35' }]);
  });

  it('gives a new pillar an unused colour and what is left of 100%', () => {
    expect(newPillarRow([{ id: 'a', name: 'Tips', color: '#4f46e5', target: '70' }], 'n')).toEqual({ id: 'n', name: '', color: '#0891b2', target: '30' });
    expect(newPillarRow([{ id: 'a', name: 'Tips', color: '#4f46e5', target: '120' }], 'n').target).toBe('0');
  });
});
