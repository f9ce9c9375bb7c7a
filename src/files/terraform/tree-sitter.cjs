// web-tree-sitter's CommonJS build. Its ES module build reads `import.meta.url` into a local
// `require`, which the bundler turns into a call of that (not yet defined) local.
module.exports = require('web-tree-sitter')
