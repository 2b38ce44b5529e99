import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noInnerHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Content is data rendered as React elements: dangerouslySetInnerHTML is not allowed.',
};
const noInnerHtmlProperty = {
  selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
  message: 'Never write HTML strings into the page.',
};

// One-way layering: app -> features -> components -> domain. A lower layer never imports a higher one.
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', noInnerHtml, noInnerHtmlProperty],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layer(['src/domain/**'], ['react', 'react-*', 'zustand*', 'i18next', '**/features/**', '**/app/**', '**/components/**', '**/i18n/**'], 'src/domain is pure TypeScript: no React, no stores, no UI.'),
  layer(['src/components/**', 'src/i18n/**', 'src/config/**'], ['**/features/**', '**/app/**'], 'Shared code must not depend on features or the app shell.'),
  layer(['src/features/**'], ['**/app/**'], 'Features must not depend on the app shell.'),
  layer(['scripts/**'], ['**/features/**', '**/app/**', '**/components/**', 'react', 'react-dom'], 'Build scripts use only the pure domain.'),
);
