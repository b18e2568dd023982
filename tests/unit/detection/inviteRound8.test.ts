// Participation rules written for the invitations missed on the spent eighth blind set (see
// tests/fixtures/captions/README.md): requests said without a question, questions gathered for a guest,
// tips asked for, winners drawn among those who tag someone, surveys linked in the bio, « il suffit de
// commenter ». The rules live in shared/detection/requests.ts. Every caption here was written for its
// rule, none copied from the corpus; each rule has captions it must leave alone.
import { describe, it } from 'vitest';
import { expectInvites } from './expectDetection';

describe('participation: causes found on the spent eighth blind set', () => {
  it('reads "share the worst…" and "drop one word" as requests, not the brand telling', () => {
    expectInvites(
      [
        'Gardeners: share the strangest thing you have ever dug up. Ours was a Victorian spoon.',
        'Share your proudest bake of the year 🎂',
        'Partagez-nous la pire coupe de cheveux de votre adolescence 😅',
        'Drop one emoji that sums up your Monday.',
        'Lâchez un mot pour décrire votre été.',
      ],
      true,
    );
    expectInvites(
      [
        'Every Friday we share the best recipes from our test kitchen.',
        'We shared the worst review we ever got in our newsletter, and it went viral.',
        'On partage la meilleure galette du quartier depuis 1987.',
        'Share the best of British baking this Christmas: hampers ship until the 20th.',
        'Prices drop one week after launch, as always.',
        'Questions about your order? Drop us a line and we will sort it.',
      ],
      false,
    );
  });

  it('reads questions gathered for a guest, and tips asked for', () => {
    expectInvites(
      [
        'Our head chef is live on Thursday. Leave your questions under this post.',
        'Send us whatever you have always wanted to ask a midwife: the best go into next week’s episode.',
        'Posez vos questions ici, notre vétérinaire répond en live vendredi.',
        'New allotment, zero clue about slugs. Any organic tips gratefully received 🐌',
        'Toutes vos astuces anti-buée sont les bienvenues 👓',
      ],
      true,
    );
    expectInvites(
      [
        'Questions? Send us a DM and we’ll get back to you within the day.',
        'All our tips are in the free guide on the blog.',
        'Vos conseils de lecture ont fait le succès de la table de Noël, merci !',
      ],
      false,
    );
  });

  it('reads a draw among those who tag someone, a survey linked in the bio and « il suffit de commenter »', () => {
    expectInvites(
      [
        'One person who tags their climbing partner below wins two day passes.',
        'Un gagnant tiré au sort parmi ceux qui identifient leur binôme en commentaire.',
        'We’re rethinking the bus timetable. Our 3-minute survey is linked in bio.',
        'Le sondage sur les horaires de la médiathèque est en lien en bio.',
        'Défi 7 jours sans écran : il suffit de commenter « PRÊT » pour le rejoindre.',
      ],
      true,
    );
    expectInvites(
      [
        'Book your free consultation with our planners, link in bio.',
        'Consultations ouvertes le samedi matin, sans rendez-vous.',
        'The survey results are in our bio highlights: 62% of you walk to school.',
        'Les résultats du sondage sont en lien en bio : merci aux 400 répondants !',
      ],
      false,
    );
  });
});
