import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from './migrations'
import { mongodbMigrations } from './migrations/mongodb'
import { env } from './env'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// Development pushes schema changes straight to its file; production applies the committed migrations.
export const defaultDatabaseFile = path.join(cmsRoot, 'data', env.production ? 'made-in-la.db' : 'made-in-la.dev.db')

export type DatabaseKind = 'mongodb' | 'sqlite'

export const databaseKind = (uri: string | undefined): DatabaseKind => (uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite')

/** `file:` URIs (and nothing at all) mean the embedded SQLite database. */
export const sqliteUrl = (uri: string | undefined): string => {
  if (!uri) return sqliteUrl(`file:${defaultDatabaseFile}`)
  if (!uri.startsWith('file:')) {
    throw new Error(`DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${uri.split(':')[0]}:")`)
  }
  fs.mkdirSync(path.dirname(uri.slice('file:'.length)), { recursive: true })
  return uri
}

/** The one place that chooses the database adapter: MongoDB in production, SQLite when nothing is set. */
export const databaseAdapter = (uri = env.DATABASE_URI): DatabaseAdapterObj => {
  if (databaseKind(uri) === 'mongodb') {
    // Every operation, from server selection to the last batch, gives up after DATABASE_TIMEOUT_MS
    // (the driver's client-side timeout), so a heavy query cannot hold a request and a pool slot.
    const timeoutMS = env.DATABASE_TIMEOUT_MS
    return mongooseAdapter({
      url: uri as string,
      connectOptions: { timeoutMS, serverSelectionTimeoutMS: timeoutMS },
      transactionOptions: {},
      migrationDir: path.join(cmsRoot, 'src', 'migrations', 'mongodb'),
      prodMigrations: mongodbMigrations,
    })
  }
  return sqliteAdapter({
    client: { url: sqliteUrl(uri) },
    idType: 'uuid',
    // Overridable so a test can check the committed migrations against the config without writing here.
    migrationDir: env.PAYLOAD_MIGRATION_DIR ?? path.join(cmsRoot, 'src', 'migrations'),
    prodMigrations: migrations,
  })
}

/** A cheap query through whichever adapter is configured; throws when the database does not answer. */
export const pingDatabase = async (payload: { count: (args: { collection: 'users'; overrideAccess: true }) => Promise<unknown> }) => {
  await payload.count({ collection: 'users', overrideAccess: true })
}
