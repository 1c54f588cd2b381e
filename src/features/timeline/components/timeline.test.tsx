import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manualFrames } from '../../../../tests/fixtures/manual-frames';
import { sampleArticle as article } from '../../../../tests/fixtures/sample-article';
import { Timeline } from './timeline';

function renderTimeline(props: Partial<Parameters<typeof Timeline>[0]> = {}) {
  const onSelect = vi.fn();
  render(<Timeline article={article} selectedEventId={null} emphasisEntityId={null} onSelect={onSelect} {...props} />);
  return onSelect;
}

afterEach(() => vi.unstubAllGlobals());

describe('Timeline', () => {
  it('is a region named Timeline listing events in date order with their dates and how they were resolved', () => {
    renderTimeline();
    const region = screen.getByRole('region', { name: 'Timeline' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^1998Harbour Board founded“1998”, as stated$/),
      expect.stringMatching(
        /^≈ about February 2021Portuguese officials welcome talks“last month”, relative to 3 March 2021$/,
      ),
      expect.stringMatching(/^Tue 2 March 2021Silva meets Harbour Board“Tuesday”, relative to 3 March 2021$/),
      expect.stringMatching(/^Wed 3 March 2021Article publishedpublication date/),
    ]);
  });

  it('selects an event on click and on Enter; arrow keys move between events', async () => {
    const onSelect = renderTimeline();
    const buttons = screen.getAllByRole('button');
    await userEvent.click(buttons[2]!);
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'e-meets' }));
    buttons[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(buttons[3]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'e-meets' }));
    await userEvent.keyboard('{Home}');
    expect(buttons[0]).toHaveFocus();
  });

  it('is one tab stop, on the selected event', () => {
    renderTimeline({ selectedEventId: 'e-meets' });
    const buttons = screen.getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[2]]);
    expect(buttons[2]).toHaveAttribute('aria-current', 'true');
  });

  it('marks a clicked event as the current one at once, before its selection comes back as a prop', async () => {
    const props = { article, emphasisEntityId: null, onSelect: vi.fn() };
    const { rerender } = render(<Timeline {...props} selectedEventId="e-founded" />);
    const buttons = screen.getAllByRole('button');
    await userEvent.click(buttons[2]!);
    // The page's state follows a frame later (ArticlePage); the row answers now.
    expect(props.onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'e-meets' }));
    expect(buttons.filter((b) => b.hasAttribute('aria-current'))).toEqual([buttons[2]]);
    expect(buttons[2]).toHaveAttribute('aria-current', 'true');
    // React's render of the same selection agrees with what the click marked.
    rerender(<Timeline {...props} selectedEventId="e-meets" />);
    expect(buttons.filter((b) => b.hasAttribute('aria-current'))).toEqual([buttons[2]]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[2]]);
  });

  it('emphasises the events of a selected entity', () => {
    renderTimeline({ emphasisEntityId: 'organization-harbour-board', emphasisName: 'Harbour Board' });
    expect(screen.getByText('Events with Harbour Board are emphasised.')).toBeInTheDocument();
    const [founded, talks] = screen.getAllByRole('button');
    expect(founded).toHaveTextContent('with Harbour Board');
    expect(talks).not.toHaveTextContent('with Harbour Board');
  });

  it("emphasises an entity's events once a frame has painted after it was chosen, and stops at once", async () => {
    const { paint } = manualFrames();
    const props = { article, selectedEventId: null, onSelect: vi.fn() };
    const { rerender } = render(<Timeline {...props} emphasisEntityId={null} />);
    rerender(<Timeline {...props} emphasisEntityId="organization-harbour-board" emphasisName="Harbour Board" />);
    // The entity's panel paints its lists in this frame; the emphasis waits for the next.
    expect(screen.queryByText(/are emphasised/)).toBeNull();
    await paint();
    expect(screen.getByText('Events with Harbour Board are emphasised.')).toBeInTheDocument();
    rerender(<Timeline {...props} emphasisEntityId={null} />);
    expect(screen.queryByText(/are emphasised/)).toBeNull();
    expect(screen.queryByText(/with Harbour Board/)).toBeNull();
  });

  it('renders nothing without events', () => {
    const { container } = render(
      <Timeline
        article={{ ...article, events: [] }}
        selectedEventId={null}
        emphasisEntityId={null}
        onSelect={vi.fn()}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
