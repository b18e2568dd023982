/** Strings of the week view, merged by the lead under the `week.*` i18n namespace. */
export const weekStrings = {
  en: {
    label: 'Week of {{range}}',
    today: 'Today',
    untimed: 'No set time',
    addAt: 'Add a post on {{date}} at {{time}}',
    addUntimed: 'Add a post on {{date}} with no set time',
    keys: 'Arrow keys move between days and half-hours, Enter or N adds a post there.',
    more: '+{{count}}',
    moreLabel_one: 'Show {{count}} more post around {{time}} on {{date}}',
    moreLabel_other: 'Show {{count}} more posts around {{time}} on {{date}}',
    around: '{{date}}, around {{time}}',
  },
  fr: {
    label: 'Semaine du {{range}}',
    today: 'Aujourd’hui',
    untimed: 'Sans heure',
    addAt: 'Ajouter une publication le {{date}} à {{time}}',
    addUntimed: 'Ajouter une publication le {{date}}, sans heure',
    keys: 'Les flèches passent d’un jour ou d’une demi-heure à l’autre, Entrée ou N ajoute une publication à cet endroit.',
    more: '+{{count}}',
    moreLabel_one: 'Afficher {{count}} autre publication vers {{time}} le {{date}}',
    moreLabel_other: 'Afficher {{count}} autres publications vers {{time}} le {{date}}',
    around: '{{date}}, vers {{time}}',
  },
};
