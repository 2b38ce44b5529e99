import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const messages = async (code: string, filePath: string) => (await eslint.lintText(code, { filePath }))[0].messages.map((message) => message.message);

describe('lint rules that guard the standards', () => {
  it('refuses dangerouslySetInnerHTML and innerHTML', async () => {
    expect(await messages('export const A = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;\n', 'src/components/a.tsx')).toEqual([
      expect.stringMatching(/dangerouslySetInnerHTML is not allowed/),
    ]);
    expect(await messages('document.body.innerHTML = "x";\n', 'src/components/b.ts')).toEqual([expect.stringMatching(/HTML strings/)]);
  });

  it('keeps the domain free of React and the features free of the app shell', async () => {
    expect(await messages("import { useState } from 'react';\nexport const x = useState;\n", 'src/domain/x.ts')).toEqual([expect.stringMatching(/pure TypeScript/)]);
    expect(await messages("import { App } from '../../app/app';\nexport const x = App;\n", 'src/features/home/x.ts')).toEqual([expect.stringMatching(/app shell/)]);
  });
});
