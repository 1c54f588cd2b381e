/**
 * Evaluates a classic worker script in a context of its own and returns a function that delivers one
 * message to it and gives back what the script posted in answer.
 */
export function loadWorker(source: string, filename: string): (data: unknown) => unknown[];
