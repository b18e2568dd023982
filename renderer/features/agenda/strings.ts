/** Strings of the agenda view, merged by the lead under the `agenda.*` i18n namespace. */
export const agendaStrings = {
  en: {
    label: 'Agenda, {{range}}',
    today: 'Today',
    noTime: 'No time',
    add: 'Add a post',
    addOn: 'Add a post on {{date}}',
    gap: 'No posts from {{from}} to {{to}}',
    emptyTitle: 'Nothing planned',
    emptyBody: 'No posts to show from {{from}} to {{to}}.',
    rowWithClient: '{{client}}: {{label}}',
  },
  fr: {
    label: 'Agenda, {{range}}',
    today: 'Aujourd’hui',
    noTime: 'Sans heure',
    add: 'Ajouter une publication',
    addOn: 'Ajouter une publication le {{date}}',
    gap: 'Aucune publication du {{from}} au {{to}}',
    emptyTitle: 'Rien de prévu',
    emptyBody: 'Aucune publication à afficher du {{from}} au {{to}}.',
    rowWithClient: '{{client}} : {{label}}',
  },
};
