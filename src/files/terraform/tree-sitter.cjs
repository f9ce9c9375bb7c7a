// web-tree-sitter's CommonJS build. Its ES module build reads `import.meta.url` into a local
// `require`, which the bundler turns into a call of that (not yet defined) local.
// eslint-disable-next-line no-undef, @typescript-eslint/no-require-imports -- CommonJS on purpose
module.exports = require('web-tree-sitter')
