import { describe, expect, it } from 'vitest';
import {
  approvalRowOf,
  checkApproval,
  checkHashtagSets,
  checkTemplates,
  hashtagRowsOf,
  newTemplateRow,
} from '../../../renderer/features/clients/clientPublishingForm';

describe('the client dialog’s hashtag sets', () => {
  it('reports every error at once: a duplicate name beside a bad tag in another set, with the tag and where it is', () => {
    const result = checkHashtagSets([
      { id: 'a', name: 'Bakery', text: '#pain' },
      { id: 'b', name: ' BAKERY', text: '#levain #été #l’été' },
      { id: 'c', name: '', text: '' },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: {
        'hashtags.1.name': { key: 'errors.hashtagSetNameDuplicate' },
        'hashtags.1.tags': { key: 'errors.hashtagInvalid', values: { token: '#l’été' }, select: [13, 19] },
        'hashtags.2.name': { key: 'errors.hashtagSetNameRequired' },
        'hashtags.2.tags': { key: 'errors.hashtagSetEmpty', values: { token: '' }, select: [0, 0] },
      },
    });
  });

  it('stores the tags as parsed and the name trimmed; reading them back gives the line the user sees', () => {
    const result = checkHashtagSets([{ id: 'a', name: ' Bakery ', text: '#pain,#levain;  ＃paris\n#bio' }]);
    expect(result).toEqual({ ok: true, value: [{ id: 'a', name: 'Bakery', tags: ['#pain', '#levain', '#paris', '#bio'] }] });
    expect(hashtagRowsOf(result.ok ? result.value : [])).toEqual([{ id: 'a', name: 'Bakery', text: '#pain #levain #paris #bio' }]);
  });

  it('refuses a 51st set in the list, not at a set', () => {
    const rows = Array.from({ length: 51 }, (_, i) => ({ id: `s${i}`, name: `Set ${i}`, text: '#tag' }));
    expect(checkHashtagSets(rows)).toEqual({ ok: false, errors: { 'hashtags.list': { key: 'errors.hashtagSetsTooMany' } } });
  });
});

describe('the client dialog’s templates', () => {
  it('reports a field’s error and a duplicate name of another template together', () => {
    const result = checkTemplates([
      { ...newTemplateRow('a', 'linkedin'), name: 'Tip' },
      { ...newTemplateRow('b', 'linkedin'), name: 'tip', caption: 'x'.repeat(5001) },
      { ...newTemplateRow('c', 'linkedin'), name: '  ', firstComment: 'y'.repeat(2201) },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: {
        'templates.1.caption': { key: 'errors.captionTooLong' },
        'templates.1.name': { key: 'errors.templateNameDuplicate' },
        'templates.2.name': { key: 'errors.templateNameRequired' },
        'templates.2.firstComment': { key: 'errors.firstCommentTooLong' },
      },
    });
  });

  it('refuses a 51st template in the list; stores names and titles trimmed', () => {
    const rows = Array.from({ length: 51 }, (_, i) => ({ ...newTemplateRow(`t${i}`, 'x'), name: `T${i}` }));
    expect(checkTemplates(rows)).toEqual({ ok: false, errors: { 'templates.list': { key: 'errors.templatesTooMany' } } });
    const one = checkTemplates([{ ...newTemplateRow('t', 'x'), name: ' Tip ', title: ' Tip: ' }]);
    expect(one.ok && one.value.map((t) => [t.name, t.title])).toEqual([['Tip', 'Tip:']]);
  });
});

describe('the client dialog’s approval setting', () => {
  it('takes a whole number of days from 0 to 60, whether approval is on or off', () => {
    expect(checkApproval({ required: true, daysBefore: ' 0 ' })).toEqual({ ok: true, value: { required: true, daysBefore: 0 } });
    expect(checkApproval({ required: false, daysBefore: '60' })).toEqual({ ok: true, value: { required: false, daysBefore: 60 } });
    for (const daysBefore of ['', '61', '2.5', '-1', 'three']) {
      expect(checkApproval({ required: true, daysBefore })).toEqual({ ok: false, errors: { 'approval.daysBefore': { key: 'errors.approvalDaysInvalid' } } });
    }
  });

  it('reads a stored setting with the defaults for what is missing or bad', () => {
    expect(approvalRowOf(undefined)).toEqual({ required: false, daysBefore: '3' });
    expect(approvalRowOf({ required: true, daysBefore: 99 })).toEqual({ required: true, daysBefore: '3' });
  });
});
