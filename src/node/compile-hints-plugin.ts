/**
 * V8's explicit compile hint: a file that begins with `//# allFunctionsCalledOnLoad` has every function
 * compiled as the file streams in, off the main thread, instead of on its first call (Chromium 136 and
 * later; to other engines it is a comment). A page's chunks are loaded to be run — hydration, then the
 * reader's clicks — and lazy compiles showed inside clicks as pieces of ~3 ms at 4× CPU.
 *
 * Added after everything else has written the chunks: Vite puts its preload map (`__vite__mapDeps`) at the
 * top of a chunk late, and the hint only counts at the very top. Web workers are built apart and stay lazy:
 * the analysis worker carries libraries most of which never run.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** `code` with the hint as its first line (unchanged if it already has it). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

export function compileHintsPlugin(): Plugin {
  return {
    name: 'gloss-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.code = withCompileHint(file.code);
        }
      },
    },
  };
}
