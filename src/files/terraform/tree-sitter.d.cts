export { Parser, Language, Node } from 'web-tree-sitter'
