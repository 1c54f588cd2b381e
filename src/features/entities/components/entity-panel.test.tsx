import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleArticle as article } from '../../../../tests/fixtures/sample-article';
import { EntityLegend } from './entity-legend';
import { EntityPanel } from './entity-panel';

const silva = article.entities.find((e) => e.id === 'person-ana-silva')!;

function renderPanel(overrides: Partial<Parameters<typeof EntityPanel>[0]> = {}) {
  const props = {
    article,
    entity: silva,
    selectedEventId: null,
    onClose: vi.fn(),
    onShowMention: vi.fn(),
    onSelectEntity: vi.fn(),
    onSelectEvent: vi.fn(),
    onComment: vi.fn(),
    ...overrides,
  };
  render(<EntityPanel {...props} />);
  return props;
}

describe('EntityPanel', () => {
  it('is a dialog named by the entity, giving type, role and the introducing sentence', async () => {
    renderPanel();
    const dialog = screen.getByRole('dialog', { name: 'Ana Silva' });
    expect(dialog).toHaveTextContent('Person');
    expect(dialog).toHaveTextContent('Finance Minister');
    expect(within(dialog).getByRole('blockquote')).toHaveTextContent(
      'Finance Minister Ana Silva met the Harbour Board',
    );
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Ana Silva' })).toHaveFocus());
  });

  it('lists every mention as a snippet with the mention marked; choosing one shows it', async () => {
    const props = renderPanel();
    const list = screen.getByRole('heading', { name: '3 mentions' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('button');
    expect(items).toHaveLength(3);
    expect(items[2]).toHaveTextContent('Silva said the port would grow.');
    expect(items[2]!.querySelector('mark')).toHaveTextContent('Silva');
    await userEvent.click(items[2]!);
    expect(props.onShowMention).toHaveBeenCalledWith(expect.objectContaining(silva.mentions[2]));
  });

  it('switches to a related entity and selects its events', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Harbour Board, Organisation, together in 2 sentences' }));
    expect(props.onSelectEntity).toHaveBeenCalledWith('organization-harbour-board');
    await userEvent.click(screen.getByRole('button', { name: /Silva meets Harbour Board/ }));
    expect(props.onSelectEvent).toHaveBeenCalledWith('e-meets');
  });

  it('closes from its close button and offers a comment', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Comment on Ana Silva' }));
    expect(props.onComment).toHaveBeenCalledWith(silva);
  });
});

describe('EntityLegend', () => {
  it('names each type with its count and toggles it', async () => {
    const onToggle = vi.fn();
    render(<EntityLegend entities={article.entities} hiddenTypes={new Set(['place'])} onToggle={onToggle} />);
    const group = screen.getByRole('group', { name: 'Highlighted entity types' });
    expect(within(group).getByRole('button', { name: 'People 1' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'Places 1' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(group).queryByRole('button', { name: /Events/ })).toBeNull();
    await userEvent.click(within(group).getByRole('button', { name: 'Groups 1' }));
    expect(onToggle).toHaveBeenCalledWith('group');
  });
});
