// Builds the two browser bundles: an ES module and a classic script. Both
// contain every element, the geometry, the bundled dataset and all locales.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const plugins = [
  nodeResolve({ browser: true }),
  json({ compact: true, preferConst: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
];

const terserOptions = (module) => ({
  module,
  ecma: 2021,
  compress: { passes: 2 },
  format: { comments: false },
});

export default [
  {
    input: 'src/index.ts',
    plugins,
    output: {
      file: 'dist/hrd-widgets.js',
      format: 'es',
      sourcemap: true,
      plugins: [terser(terserOptions(true))],
    },
  },
  {
    input: 'src/index.ts',
    plugins,
    output: {
      file: 'dist/hrd-widgets.iife.js',
      format: 'iife',
      name: 'HrdWidgets',
      sourcemap: true,
      // With `module: true` terser would drop the unused global name.
      plugins: [terser(terserOptions(false))],
    },
  },
];
