// Configuration of `cem analyze`, which writes custom-elements.json from the
// elements' JSDoc (tags, attributes, properties, events, parts, CSS
// custom properties).
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
