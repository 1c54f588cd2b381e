import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleArticle as article } from '../../../../tests/fixtures/sample-article';
import { ArticleView } from './article-view';

describe('ArticleView: highlighted entities', () => {
  it('makes every mention, in the title too, a button named by its text and described by its type', () => {
    render(<ArticleView article={article} />);
    const total = article.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(screen.getAllByRole('button')).toHaveLength(total);
    const title = screen.getByRole('heading', { level: 1 });
    expect(within(title).getByRole('button', { name: 'Ana Silva' })).toHaveAccessibleDescription('Person');
    expect(screen.getAllByRole('button', { name: 'Harbour Board' })[0]).toHaveAccessibleDescription('Organisation');
    expect(screen.getByRole('button', { name: 'Portuguese' })).toHaveAccessibleDescription('Group');
  });

  it('highlights a thing made (a vessel, a product, a work) as its own type', () => {
    const retyped = {
      ...article,
      entities: article.entities.map((e) =>
        e.id === 'organization-harbour-board' ? { ...e, type: 'thing' as const } : e,
      ),
    };
    render(<ArticleView article={retyped} />);
    const board = screen.getAllByRole('button', { name: 'Harbour Board' })[0]!;
    expect(board).toHaveAccessibleDescription('Thing');
    expect(board).toHaveClass('mention', 'mention-thing');
  });

  it('reports a click on a mention with its entity and offset, and keyboard activation works the same', async () => {
    const onMentionClick = vi.fn();
    render(<ArticleView article={article} onMentionClick={onMentionClick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Silva' }));
    const silva = article.entities[0]!;
    expect(onMentionClick).toHaveBeenCalledWith(silva.id, silva.mentions[2]!.start, expect.any(HTMLElement));
    screen.getAllByRole('button', { name: 'Lisbon' })[1]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(onMentionClick).toHaveBeenLastCalledWith('place-lisbon', expect.any(Number), expect.any(HTMLElement));
  });

  it('shows switched-off types as plain text', () => {
    render(<ArticleView article={article} hiddenTypes={new Set(['person'])} />);
    expect(screen.queryByRole('button', { name: /Silva/ })).toBeNull();
    expect(screen.getAllByText(/Silva/).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: 'Lisbon' })).toHaveLength(2);
  });

  it('keeps every text node of the body inside an element whose data-offset locates its text in article.text', () => {
    const passage = { start: article.sentences[1]!.start + 2, end: article.sentences[1]!.start + 9 };
    const { container } = render(<ArticleView article={article} marks={[{ ...passage, kind: 'passage' }]} />);
    const body = container.querySelector('[data-article-text]')!;
    const owners = [...body.querySelectorAll<HTMLElement>('[data-offset]')];
    for (const owner of owners) {
      const offset = Number(owner.dataset.offset);
      expect(Number.isInteger(offset)).toBe(true);
      expect(owner.querySelector('[data-offset]')).toBeNull(); // not nested: each text has one owner
      expect(article.text.slice(offset, offset + owner.textContent!.length)).toBe(owner.textContent);
    }
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      expect(node.parentElement!.closest('[data-offset]')).not.toBeNull();
      count += node.textContent!.length;
    }
    const paragraphs = article.paragraphs.reduce((n, p) => n + p.end - p.start, 0);
    expect(count).toBe(paragraphs);
    // Lean markup: one element per sentence and gap, plus the mentions; a piece gets a span only when marked.
    expect(owners.length).toBeLessThanOrEqual(article.sentences.length * 2 + article.paragraphs.length);
    const marked = [...body.querySelectorAll('span:not([data-offset])')];
    expect(marked.map((m) => m.textContent).join('')).toBe(article.text.slice(passage.start, passage.end));
  });

  it('highlights the chosen sentence and offers a marker that leads back to its event', async () => {
    const onMarkerClick = vi.fn();
    const event = article.events.find((e) => e.id === 'e-meets')!;
    const { container } = render(
      <ArticleView
        article={article}
        highlightedSentence={event.sentence}
        markers={new Map([[event.sentence, [{ eventId: event.id, label: event.label }]]])}
        onMarkerClick={onMarkerClick}
      />,
    );
    expect(container.querySelector(`#sentence-${event.sentence}`)).toHaveAttribute('data-highlighted');
    expect(container.querySelectorAll('[data-highlighted]')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Timeline event: Silva meets Harbour Board' }));
    expect(onMarkerClick).toHaveBeenCalledWith('e-meets', expect.any(HTMLElement));
  });

  it('renders article text as text, never as HTML', () => {
    const evil = { ...article, text: article.text.replace('Lisbon', '<b>x</b>') };
    const { container } = render(<ArticleView article={evil} />);
    expect(container.querySelector('b')).toBeNull();
  });
});
