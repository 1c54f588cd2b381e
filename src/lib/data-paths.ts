/** Where the analysed articles are served from (dev server and build alike). */
export const DATA_PREFIX = '/data/';
export const articleIndexUrl = (): string => `${DATA_PREFIX}articles.json`;
export const articleUrl = (id: string): string => `${DATA_PREFIX}articles/${encodeURIComponent(id)}.json`;
