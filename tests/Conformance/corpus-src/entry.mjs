/**
 * One corpus entry: a name unique in its category, the document, optional request inputs, and the schema
 * it runs against when not schema.graphql (`schema: 'query-only'` means schema-query-only.graphql).
 */
export function e(name, document, options = {}) {
  const entry = { name, document };
  if (options.variables !== undefined) {
    entry.variables = options.variables;
  }
  if (options.operationName !== undefined) {
    entry.operationName = options.operationName;
  }
  if (options.schema !== undefined) {
    entry.schema = options.schema;
  }
  return entry;
}
