/**
 * A name as an owner, as labels and roles write it: "'s" after it, or an apostrophe alone after a final "s".
 * @example asOwner('Boeing') // "Boeing's"
 * @example asOwner('Harris') // "Harris'"
 */
export const asOwner = (name: string): string => `${name}${/s$/.test(name) ? "'" : "'s"}`;
