import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { isTyping, useShortcuts } from '../../../renderer/features/shortcuts/useShortcuts';

const Page = ({ guard, backlog, newPost }: { guard: () => void; backlog: () => void; newPost: () => void }) => {
  useShortcuts({ guard, backlog, newPost });
  return (
    <div>
      <button type="button">A button</button>
      <input aria-label="Text" />
      <input aria-label="Date" type="date" />
      <input aria-label="Time" type="time" />
      <input aria-label="Number" type="number" />
      <input aria-label="Search" type="search" />
      <input aria-label="Check" type="checkbox" />
      <textarea aria-label="Caption" />
      <select aria-label="Format">
        <option>Image</option>
        <option>Gallery</option>
      </select>
      <div aria-label="Rich" contentEditable suppressContentEditableWarning tabIndex={0}>
        <b tabIndex={-1}>bold</b>
      </div>
    </div>
  );
};

const setup = () => {
  const handlers = { guard: vi.fn(), backlog: vi.fn(), newPost: vi.fn() };
  render(<Page {...handlers} />);
  const calls = () => handlers.guard.mock.calls.length + handlers.backlog.mock.calls.length + handlers.newPost.mock.calls.length;
  return { handlers, calls };
};

describe('single-key shortcuts', () => {
  it('fire from a button', async () => {
    const user = userEvent.setup();
    const { handlers } = setup();
    screen.getByRole('button', { name: 'A button' }).focus();
    await user.keyboard('gbn');
    expect(handlers.guard).toHaveBeenCalledTimes(1);
    expect(handlers.backlog).toHaveBeenCalledTimes(1);
    expect(handlers.newPost).toHaveBeenCalledTimes(1);
  });

  it('never fire while a field takes text: text, date, time, number, search, text area, select, editable', async () => {
    const user = userEvent.setup();
    const { calls } = setup();
    for (const label of ['Text', 'Date', 'Time', 'Number', 'Search', 'Caption', 'Format', 'Rich']) {
      screen.getByLabelText(label).focus();
      await user.keyboard('gbn');
      expect(calls(), label).toBe(0);
    }
    // Inside an editable element too.
    screen.getByText('bold').focus();
    await user.keyboard('g');
    expect(calls()).toBe(0);
  });

  it('fire on a checkbox (it takes no text), not during an input method’s composition', async () => {
    const user = userEvent.setup();
    const { handlers } = setup();
    screen.getByLabelText('Check').focus();
    await user.keyboard('g');
    expect(handlers.guard).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByLabelText('Check'), { key: 'g', isComposing: true });
    expect(handlers.guard).toHaveBeenCalledTimes(1);
  });

  it('isTyping names every kind of text field', () => {
    const { container } = render(<Page guard={vi.fn()} backlog={vi.fn()} newPost={vi.fn()} />);
    const typing = [...container.querySelectorAll<HTMLElement>('input, textarea, select, [contenteditable], b')].map((el) => isTyping(el));
    // Text, date, time, number, search: yes; checkbox: no; caption, format, rich, bold: yes.
    expect(typing).toEqual([true, true, true, true, true, false, true, true, true, true]);
    expect(isTyping(container.querySelector('button'))).toBe(false);
  });
});
