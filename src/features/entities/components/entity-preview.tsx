import type { Entity } from '../../../core/types';
import { ENTITY_TYPE_LABELS, SWATCH_CLASSES } from '../../../lib/entity-style';

/** A small card shown on hover or keyboard focus of a mention, placed under it. */
export function EntityPreview({ entity, anchor }: { entity: Entity; anchor: { left: number; top: number } }) {
  const mentions = entity.mentions.length;
  return (
    <div
      role="tooltip"
      style={{ left: anchor.left, top: anchor.top }}
      className="pointer-events-none absolute z-30 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-stone-200 bg-white p-3 font-sans text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900 print:hidden"
    >
      <p className="font-semibold">{entity.name}</p>
      <p className="mt-0.5 flex items-center gap-2 text-stone-600 dark:text-stone-400">
        <span aria-hidden="true" className={`inline-block h-1.5 w-3 ${SWATCH_CLASSES[entity.type]}`} />
        {ENTITY_TYPE_LABELS[entity.type].one}
        {entity.role ? ` · ${entity.role}` : ''}
      </p>
      <p className="mt-1 text-stone-600 dark:text-stone-400">
        {mentions === 1 ? '1 mention' : `${mentions} mentions`} · press Enter for more
      </p>
    </div>
  );
}
