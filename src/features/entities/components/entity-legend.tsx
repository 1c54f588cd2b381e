import { memo } from 'react';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../../core/types';
import { ENTITY_TYPE_LABELS, SWATCH_CLASSES } from '../../../lib/entity-style';

/** Names the entity types with their counts; each is a toggle that shows or hides its highlights. */
export const EntityLegend = memo(function EntityLegend({
  entities,
  hiddenTypes,
  onToggle,
}: {
  entities: readonly Entity[];
  hiddenTypes: ReadonlySet<EntityType>;
  onToggle: (type: EntityType) => void;
}) {
  const counts = new Map<EntityType, number>();
  for (const e of entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const present = ENTITY_TYPES.filter((t) => counts.has(t));
  if (present.length === 0) return null;
  return (
    <div
      role="group"
      aria-label="Highlighted entity types"
      className="flex flex-wrap gap-2 font-sans text-sm print:hidden"
    >
      {present.map((type) => {
        const on = !hiddenTypes.has(type);
        return (
          <button
            key={type}
            type="button"
            aria-pressed={on}
            onClick={() => onToggle(type)}
            className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${on ? 'border-stone-300 bg-white text-stone-900 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100' : 'border-dashed border-stone-300 bg-transparent text-stone-600 line-through dark:border-stone-700 dark:text-stone-400'}`}
          >
            <span aria-hidden="true" className={`inline-block h-2 w-4 ${SWATCH_CLASSES[type]}`} />
            <span>
              {ENTITY_TYPE_LABELS[type].many} <span className="tabular-nums">{counts.get(type)}</span>
            </span>
          </button>
        );
      })}
    </div>
  );
});
