import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Place = { name?: string | null; city?: string | null; country?: string | null }
type Screening = { _id: unknown; venue?: Place; host?: { name?: string | null }; savedVenue?: unknown; savedHost?: unknown }
type Version = { _id: unknown; parent: unknown; version?: Screening }

/** MongoDB's side of the SQLite migration of the same name: each screening's latest version takes its saved venue and host. */
export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const adapter = payload.db as unknown as {
    collections: Record<string, { collection: { find: (q: object, o?: object) => { toArray: () => Promise<Screening[]> } } }>
    versions: Record<string, { collection: { find: (q: object, o?: object) => { toArray: () => Promise<Version[]> }; updateOne: (q: object, u: object, o?: object) => Promise<unknown> } }>
  }
  const screenings = await adapter.collections.screenings!.collection.find({ $or: [{ savedVenue: { $ne: null } }, { savedHost: { $ne: null } }] }, { session }).toArray()
  const byId = new Map(screenings.map((screening) => [String(screening._id), screening]))
  const versions = adapter.versions.screenings!.collection
  const latest = await versions.find({ latest: true, $or: [{ 'version.savedVenue': null }, { 'version.savedHost': null }] }, { session }).toArray()
  for (const { _id, parent, version } of latest) {
    const screening = byId.get(String(parent))
    if (!screening || !version) continue
    const set: Record<string, unknown> = {}
    const samePlace = (['name', 'city', 'country'] as const).every((key) => (screening.venue?.[key] ?? null) === (version.venue?.[key] ?? null))
    if (!version.savedVenue && screening.savedVenue && samePlace) set['version.savedVenue'] = screening.savedVenue
    if (!version.savedHost && screening.savedHost && (screening.host?.name ?? null) === (version.host?.name ?? null)) set['version.savedHost'] = screening.savedHost
    if (Object.keys(set).length > 0) await versions.updateOne({ _id }, { $set: set }, { session })
  }
}

/** The links stay: the versions' own venue and host fields were never changed. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
