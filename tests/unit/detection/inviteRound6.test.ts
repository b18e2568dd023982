// General participation rules written for the causes of the invitations missed on the spent fifth blind
// set (see tests/fixtures/captions/README.md): votes with one emoji option a line, "rate your…", prompts
// closed by "Go 👇" or asking for something "in three words", photos asked for in other words, short
// surveys, the reader's favourite asked next to a sale, and a "which" question that closes the caption.
// Every caption here was written for its rule, none copied from the corpus files.
import { describe, it } from 'vitest';
import { expectInvites } from './expectDetection';

describe('participation: causes found on the spent fifth blind set', () => {
  it('reads a vote with one emoji option a line, and "rate your…", as a vote', () => {
    expectInvites(
      [
        'Goal of the season shortlist is out!\n⚽ for Ruiz\n🎯 for Haddad\n🚀 for Novak',
        'Meilleur dessert de l’année :\n🍰 pour le fraisier\n🍫 pour le fondant',
        'Rate your Monday so far: 1 = still in bed, 10 = inbox zero.',
        'Notez-la sur 10 quand vous l’aurez goûtée !',
      ],
      true,
    );
    expectInvites(['❤️ for the team that made this happen.\nThank you all.', 'Our rates for 2027 are on the website.'], false);
  });

  it('reads a prompt closed by "Go 👇" or asking for a few words as a call to comment, not the brand’s own words', () => {
    expectInvites(
      [
        'Your dream weekend. Place, food, company. Go 👇',
        'Describe your commute in three emojis.',
        'Votre été en trois mots, on commence : mer, glace, sieste.',
        'Décrivez votre boulot en un mot.',
      ],
      true,
    );
    expectInvites(['Our year in three words: busy, grateful, tired.', 'Notre année en trois mots : folle, belle, intense.'], false);
  });

  it('reads photos asked for in other words, shared pictures and short surveys as participation', () => {
    expectInvites(
      [
        'Got an old photo of the pier? Send it to us and it may feature in the exhibition.',
        'Share a pic of your sourdough starter below 🍞',
        'Our survey takes 4 minutes and shapes next year’s timetable, link in bio.',
        'Pour l’expo du centenaire, on cherche vos photos de classe. Envoyez-les nous par mail !',
        'Partagez-nous votre meilleure astuce anti-gaspi.',
        'Le questionnaire prend 3 minutes, lien en bio.',
      ],
      true,
    );
    expectInvites(['We sent it to the printers this morning 🎉', 'On cherche un local plus grand pour l’atelier.'], false);
  });

  it('keeps a question about the reader’s favourite, or a closing "which" question, next to a sale', () => {
    expectInvites(
      [
        'what’s ur fave winter scent?? 🕯️ shop the candles now, 20% off',
        'c’est quoi votre parfum préféré ?? réservez votre atelier bougie dès maintenant',
        'Family tickets are on sale now. Which ride do the kids want first?',
        'Les billets famille sont en vente. Quel manège les enfants veulent-ils faire en premier ?',
      ],
      true,
    );
    expectInvites(['Looking for the perfect gift? Shop our candles now.', 'Which flour makes the best loaf? We tested six, and here is what we found.'], false);
  });
});
