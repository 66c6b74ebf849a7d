// Process boundaries are folders (../shared/design/architecture.md): a wrong import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins belong in electron/main.' };
const electron = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload use Electron.' };
const react = { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], message: 'UI code belongs in renderer/.' };
const dexie = { group: ['dexie', 'dexie/*'], message: 'Storage goes through renderer/db.' };
const nodeOnlyLibs = { group: ['exceljs', 'pdfkit', '@signpdf/*', 'node-forge'], message: 'File writers run in electron/main.' };
const rendererCode = { group: ['**/renderer/**', '**/renderer'], message: 'Main and shared code never import the renderer.' };
const electronCode = { group: ['**/electron/**', '**/electron'], message: 'The renderer and shared code never import electron/ code.' };

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { crypto: 'readonly' } },
    rules: restrict(nodeBuiltins, electron, react, dexie, nodeOnlyLibs, rendererCode, electronCode),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict(nodeBuiltins, electron, nodeOnlyLibs, electronCode) },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(react, dexie, rendererCode),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            react,
            dexie,
            nodeOnlyLibs,
            rendererCode,
            { regex: '^(?!electron$|\\.\\./\\.\\./shared/ipc/).*', message: 'The preload imports only electron and shared/ipc.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/cli/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.{ts,mjs}', '*.config.{ts,mts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/tools/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
