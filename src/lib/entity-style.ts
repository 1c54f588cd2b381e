import type { EntityType } from '../core/types';

/** Display names and styles of entity types. Each type has its own underline style too, never colour alone. */
export const ENTITY_TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  place: { one: 'Place', many: 'Places' },
  organization: { one: 'Organisation', many: 'Organisations' },
  group: { one: 'Group', many: 'Groups' },
  event: { one: 'Event', many: 'Events' },
};

/** Classes for a mention at rest (subtle) and on hover/focus (clear). */
export const MENTION_CLASSES: Record<EntityType, string> = {
  person:
    'decoration-sky-500/60 decoration-solid hover:bg-sky-100 focus-visible:bg-sky-100 dark:decoration-sky-400/60 dark:hover:bg-sky-900/60 dark:focus-visible:bg-sky-900/60',
  place:
    'decoration-emerald-600/60 decoration-dashed hover:bg-emerald-100 focus-visible:bg-emerald-100 dark:decoration-emerald-400/60 dark:hover:bg-emerald-900/60 dark:focus-visible:bg-emerald-900/60',
  organization:
    'decoration-amber-600/70 decoration-double hover:bg-amber-100 focus-visible:bg-amber-100 dark:decoration-amber-400/60 dark:hover:bg-amber-900/60 dark:focus-visible:bg-amber-900/60',
  group:
    'decoration-violet-500/60 decoration-dotted hover:bg-violet-100 focus-visible:bg-violet-100 dark:decoration-violet-400/70 dark:hover:bg-violet-900/60 dark:focus-visible:bg-violet-900/60',
  event:
    'decoration-rose-500/60 decoration-wavy hover:bg-rose-100 focus-visible:bg-rose-100 dark:decoration-rose-400/60 dark:hover:bg-rose-900/60 dark:focus-visible:bg-rose-900/60',
};

/** A small swatch for legends and panels: the same colour and underline style as the mention. */
export const SWATCH_CLASSES: Record<EntityType, string> = {
  person: 'border-b-2 border-solid border-sky-500',
  place: 'border-b-2 border-dashed border-emerald-600',
  organization: 'border-b-4 border-double border-amber-600',
  group: 'border-b-2 border-dotted border-violet-500',
  event: 'border-b-2 border-dashed border-rose-500',
};

/** Id of the hidden element describing a type, referenced by mentions through aria-describedby. */
export const typeDescriptionId = (type: EntityType): string => `entity-type-${type}`;
