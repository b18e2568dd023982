import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { DndContext, PointerSensor, useDndContext, useSensor, useSensors, type DroppableContainer } from '@dnd-kit/core';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { periodOf, type CalendarView } from '../../../renderer/features/calendar/periods';
import type { CalendarViewProps } from '../../../renderer/features/calendar/viewTypes';
import { agendaStrings } from '../../../renderer/features/agenda/strings';
import { weekStrings } from '../../../renderer/features/week/strings';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';

/** Tuesday 24 November 2026, the day every spec of the app treats as today. */
export const TODAY = '2026-11-24';

export const makeClient = (over: Partial<Client> = {}): Client => ({
  id: 'c1',
  name: 'Bloom Bakery',
  color: '#059669',
  channels: ['instagram', 'linkedin'],
  timeZone: 'Europe/Paris',
  weekStartsOn: 1,
  language: 'en',
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

let seq = 0;
export const makePost = (over: Partial<Post> & { title: string }): Post => ({
  id: `p${++seq}`,
  clientId: 'c1',
  caption: '',
  date: TODAY,
  time: null,
  channel: 'instagram',
  format: 'image',
  tone: 'serious',
  intent: 'informative',
  invitesParticipation: false,
  intentSource: 'user',
  participationSource: 'user',
  status: 'draft',
  tags: [],
  order: null,
  pillar: null,
  evergreen: null,
  series: null,
  notes: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

type Options = {
  view: CalendarView;
  posts: Post[];
  client?: Client | null;
  clients?: Client[];
  readOnly?: boolean;
  anchor?: string;
  agendaSpan?: 7 | 14 | 28 | 91;
  language?: UiLanguage;
  /** Receives the dnd-kit droppables after every render, to check the ids and data views register. */
  onDroppables?: (containers: DroppableContainer[]) => void;
};

const DroppableProbe = ({ onDroppables }: { onDroppables: (containers: DroppableContainer[]) => void }) => {
  const { droppableContainers } = useDndContext();
  onDroppables([...droppableContainers.values()]);
  return null;
};

/**
 * A DndContext with the app's pointer rule (PlanningDnd): a drag starts after 5 px, so a click still
 * opens a card. dnd-kit's default sensor starts on press and swallows the click that follows.
 */
const Dnd = ({ children }: { children: ReactNode }) => {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  return <DndContext sensors={sensors}>{children}</DndContext>;
};

/** Renders a calendar view as the app does: inside i18n (with the view strings merged) and a DndContext. */
export const renderView = async (View: (props: CalendarViewProps) => ReactNode, options: Options) => {
  const language = options.language ?? 'en';
  const i18n = await createI18n(language);
  // Until the lead merges week.* and agenda.* into the i18n files.
  i18n.addResourceBundle(language, 'translation', { week: weekStrings[language], agenda: agendaStrings[language] }, true, true);
  const client = options.client === undefined ? makeClient() : options.client;
  const onAddPost = vi.fn();
  const onEditPost = vi.fn();
  const onGoTo = vi.fn();
  const props: CalendarViewProps = {
    client,
    clients: options.clients ?? (client ? [client] : []),
    period: periodOf(options.view, options.anchor ?? TODAY, 1, options.agendaSpan ?? 14),
    posts: options.posts,
    today: TODAY,
    weekStartsOn: 1,
    readOnly: options.readOnly ?? false,
    onAddPost,
    onEditPost,
    onGoTo,
  };
  const result = render(
    <I18nextProvider i18n={i18n}>
      <Dnd>
        <View {...props} />
        {options.onDroppables && <DroppableProbe onDroppables={options.onDroppables} />}
      </Dnd>
    </I18nextProvider>,
  );
  return { ...result, onAddPost, onEditPost, onGoTo, props };
};
