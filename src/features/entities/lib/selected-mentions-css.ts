/**
 * The one style rule that marks every mention of the open entity (`--mention-selected`, index.css): the
 * paragraphs stay as they are and the browser restyles the mentions, so opening a panel on a long article
 * re-renders no paragraph. Outside any cascade layer: when a `<style>` holding an `@layer` block leaves the
 * page, Chromium restyles every element (adding one costs no more than this rule). With the rule in the
 * components layer, closing a panel on the seed's page was a task of 86–166 ms at 4× CPU; now none is over
 * 50 ms. Unlayered, the rule beats a mention's own hover and focus colours (components layer); index.css gives
 * those back under a pointer that can hover and in keyboard focus. The id is quoted as JSON quotes it, whose
 * `\"` and `\\` are CSS's escapes too (control characters, which the analyser's slug ids never hold, would not
 * match). Here, beside its one user, not in lib/entity-style.ts: that module is in the page's first load, and
 * this is needed only once a panel opens.
 */
export const selectedMentionsCss = (entityId: string): string =>
  `[data-entity-id=${JSON.stringify(entityId)}]{background-color:var(--mention-selected)}`;
