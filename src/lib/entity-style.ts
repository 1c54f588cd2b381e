import type { EntityType } from '../core/types';

/** Display names and styles of entity types. Each type has its own underline style too, never colour alone. */
export const ENTITY_TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  place: { one: 'Place', many: 'Places' },
  organization: { one: 'Organisation', many: 'Organisations' },
  group: { one: 'Group', many: 'Groups' },
  event: { one: 'Event', many: 'Events' },
  thing: { one: 'Thing', many: 'Things' },
};

/**
 * Classes for a mention: subtle at rest, clear on hover and focus. The rules live in index.css
 * (`.mention-*`), so a page with a hundred mentions does not repeat long utility lists in its HTML.
 */
export const mentionClasses = (type: EntityType): string => `mention mention-${type}`;

/** A small swatch for legends and panels: the same colour and underline style as the mention. */
export const SWATCH_CLASSES: Record<EntityType, string> = {
  person: 'border-b-2 border-solid border-sky-500',
  place: 'border-b-2 border-dashed border-emerald-600',
  organization: 'border-b-4 border-double border-amber-600',
  group: 'border-b-2 border-dotted border-violet-500',
  event: 'border-b-2 border-dashed border-rose-500',
  thing: 'border-b border-solid border-lime-600',
};

/** Id of the hidden element describing a type, referenced by mentions through aria-describedby. */
export const typeDescriptionId = (type: EntityType): string => `entity-type-${type}`;
