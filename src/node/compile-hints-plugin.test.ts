import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { COMPILE_HINT, compileHintsPlugin, withCompileHint } from './compile-hints-plugin';

describe('compile hints', () => {
  it('puts the hint on the first line, above code that another plugin put first', () => {
    const code = 'const __vite__mapDeps=(i)=>i;\nexport const a=1;';
    expect(withCompileHint(code)).toBe(`${COMPILE_HINT}\n${code}`);
  });

  it('adds it once', () => {
    expect(withCompileHint(withCompileHint('export {};'))).toBe(`${COMPILE_HINT}\nexport {};`);
  });

  it('marks every chunk of the bundle, and leaves assets alone', () => {
    const bundle = {
      'assets/index.js': { type: 'chunk', code: 'import("./b.js");' },
      'assets/b.js': { type: 'chunk', code: 'export const b=2;' },
      'index.html': { type: 'asset', source: '<!doctype html>' },
    } as unknown as Rollup.OutputBundle;
    const hook = compileHintsPlugin().generateBundle as { handler: (o: unknown, b: Rollup.OutputBundle) => void };
    hook.handler({}, bundle);
    const code = (f: string) => (bundle[f] as { code: string }).code;
    expect(code('assets/index.js').split('\n')[0]).toBe(COMPILE_HINT);
    expect(code('assets/b.js').split('\n')[0]).toBe(COMPILE_HINT);
    expect((bundle['index.html'] as { source: string }).source).toBe('<!doctype html>');
  });
});
