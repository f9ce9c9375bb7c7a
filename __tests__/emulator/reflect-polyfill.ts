/**
 * Minimal Reflect metadata API. @peculiar/x509 (through tsyringe) refuses to load without one,
 * and the project has no reflect-metadata package; this covers the calls they make
 * (defineMetadata, getMetadata, getOwnMetadata, metadata). Installed only when missing.
 */
type Key = string | symbol | undefined
const store = new WeakMap<object, Map<Key, Map<unknown, unknown>>>()

function table(target: object, property: Key, create: boolean): Map<unknown, unknown> | undefined {
  let byProperty = store.get(target)
  if (!byProperty) {
    if (!create) return undefined
    byProperty = new Map()
    store.set(target, byProperty)
  }
  let entries = byProperty.get(property)
  if (!entries && create) {
    entries = new Map()
    byProperty.set(property, entries)
  }
  return entries
}

function defineMetadata(key: unknown, value: unknown, target: object, property?: Key): void {
  table(target, property, true)?.set(key, value)
}

function getOwnMetadata(key: unknown, target: object, property?: Key): unknown {
  return table(target, property, false)?.get(key)
}

function getMetadata(key: unknown, target: object, property?: Key): unknown {
  // Walk the prototype chain, as the reflect-metadata proposal does.
  for (let t: object | null = target; t !== null; t = Object.getPrototypeOf(t) as object | null) {
    const entries = table(t, property, false)
    if (entries?.has(key)) return entries.get(key)
  }
  return undefined
}

function metadata(key: unknown, value: unknown) {
  return (target: object, property?: Key): void => {
    defineMetadata(key, value, target, property)
  }
}

const reflect = Reflect as unknown as Record<string, unknown>
if (typeof reflect.getMetadata !== 'function') {
  Object.assign(reflect, { defineMetadata, getOwnMetadata, getMetadata, metadata })
}
