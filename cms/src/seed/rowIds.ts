type Row = Record<string, unknown>

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)

const blockTypeOf = (row: Row) => row.blockType ?? (isRow(row.fields) ? row.fields.blockType : undefined)

/** The same kind of row: the same block, array row or Lexical node (a rich-text block carries its kind in `fields`). */
const sameKind = (saved: Row, fresh: Row) => saved.type === fresh.type && blockTypeOf(saved) === blockTypeOf(fresh)

const keepIds = (saved: unknown, fresh: unknown): unknown => {
  if (Array.isArray(fresh)) return fresh.map((row, index) => keepIds(Array.isArray(saved) ? saved[index] : undefined, row))
  if (!isRow(fresh) || !isRow(saved) || !sameKind(saved, fresh)) return fresh
  const kept: Row = Object.fromEntries(Object.entries(fresh).map(([key, value]) => [key, keepIds(saved[key], value)]))
  return saved.id === undefined || saved.id === null ? kept : { ...kept, id: saved.id }
}

/**
 * The seed's data for a document it refreshes, with the row ids the saved document already has: each
 * block, array row and rich-text block keeps its id when the same kind of row stands in its place.
 * Written afresh, every row would get a new id on each run; the admin's version comparison then shows
 * unchanged rich-text blocks as deleted and re-added (Payload 3.90 tells them apart by a hash of the
 * whole node, id included), and a row's id is no longer a way to follow it from version to version.
 */
export const withSavedRowIds = <T extends Row>(saved: object | null | undefined, fresh: T): T => {
  if (!isRow(saved)) return fresh
  return Object.fromEntries(Object.entries(fresh).map(([key, value]) => [key, keepIds(saved[key], value)])) as T
}
