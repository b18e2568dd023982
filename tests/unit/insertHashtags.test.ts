import { describe, expect, it } from 'vitest';
import { insertHashtags } from '../../shared/publishing/insertHashtags';

describe('insertHashtags', () => {
  it('puts the tags on their own line after a blank one, replacing trailing white space', () => {
    expect(insertHashtags('Fresh loaves today.  \n', ['#bread', '#paris'])).toEqual({ text: 'Fresh loaves today.\n\n#bread #paris', added: ['#bread', '#paris'], present: [] });
  });

  it('into an empty text, the tags alone', () => {
    expect(insertHashtags('', ['#bread']).text).toBe('#bread');
  });

  it('does not repeat a tag the text has, compared without case, and keeps the text as it was', () => {
    const result = insertHashtags('Bonjour #Paris et #Pâtisserie', ['#paris', '#pâtisserie', '#levain']);
    expect(result).toEqual({ text: 'Bonjour #Paris et #Pâtisserie\n\n#levain', added: ['#levain'], present: ['#paris', '#pâtisserie'] });
  });

  it('changes nothing when every tag is there', () => {
    const text = 'Hi #bread #paris ';
    expect(insertHashtags(text, ['#BREAD', '#Paris'])).toEqual({ text, added: [], present: ['#BREAD', '#Paris'] });
  });

  it('a word that only looks like the tag (in a link or a longer tag) does not count as present', () => {
    expect(insertHashtags('See https://example.com/#bread and #breadmaking', ['#bread']).added).toEqual(['#bread']);
  });
});
