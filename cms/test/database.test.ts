/**
 * `src/database.ts`, the one place that knows which database runs: how a URI selects the adapter,
 * and what the rest of the code relies on from it (transactions that roll back, unique indexes,
 * the readiness query), checked on a real database file through the Local API.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { databaseAdapter, databaseKind, defaultDatabaseFile, pingDatabase, sqliteUrl } from '../src/database'
import { bootLocalPayload } from './helpers/localPayload'

describe('choosing the adapter', () => {
  test('mongodb:// and mongodb+srv:// select MongoDB; file: and nothing select SQLite', () => {
    expect(databaseKind('mongodb://mongo:27017/made-in-la?replicaSet=rs0')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://user:secret@cluster.example.net/made-in-la')).toBe('mongodb')
    expect(databaseKind('file:/var/lib/made-in-la/cms.db')).toBe('sqlite')
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
  })

  test('the adapters are the ones named, SQLite with uuid ids like MongoDB has string ids', () => {
    const mongo = databaseAdapter('mongodb://127.0.0.1:9/unused')
    expect(mongo.name).toBe('mongoose')
    expect(mongo.defaultIDType).toBe('text')
    const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-adapter-'))
    try {
      const sqlite = databaseAdapter(`file:${path.join(dir, 'nested', 'cms.db')}`)
      expect(sqlite.name).toBe('sqlite')
      expect(sqlite.defaultIDType).toBe('text')
      // The directory for the file is made, so a fresh volume works on the first start.
      expect(existsSync(path.join(dir, 'nested'))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('no URI means the default file; any other scheme is refused with the variable named', () => {
    expect(sqliteUrl(undefined)).toBe(`file:${defaultDatabaseFile}`)
    expect(() => sqliteUrl('postgres://db.example.org/cms')).toThrow(
      /DATABASE_URI must start with mongodb:\/\/, mongodb\+srv:\/\/ or file: \(got "postgres:"\)/,
    )
    // The error names the scheme only, never the credentials in the URI.
    expect(() => sqliteUrl('mysql://root:hunter2@db/cms')).toThrow(/^(?!.*hunter2)/)
  })
})

describe('what the code relies on from the configured database', () => {
  let payload: Payload
  let shutdown: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, shutdown } = await bootLocalPayload('database'))
  })

  afterAll(async () => {
    await shutdown()
  })

  const countCategories = (title: string) =>
    payload.count({ collection: 'categories', where: { title: { equals: title } }, overrideAccess: true }).then(({ totalDocs }) => totalDocs)

  test('transactions: on MongoDB when it is a replica set, never on SQLite, where Payload advises against them', async () => {
    const req = await createLocalReq({}, payload)
    const started = await initTransaction(req)
    // MongoDB needs a replica set for transactions (compose runs one); Payload skips them otherwise.
    if (databaseKind(process.env.DATABASE_URI) === 'sqlite') expect(started).toBe(false)
    await payload.create({ collection: 'categories', data: { title: 'Maybe rolled back', slug: 'maybe-rolled-back' }, req, overrideAccess: true })
    await killTransaction(req)
    // Without a transaction nothing is undone: code that writes twice in one save must not rely on it.
    expect(await countCategories('Maybe rolled back')).toBe(started ? 0 : 1)

    const committed = await createLocalReq({}, payload)
    await initTransaction(committed)
    await payload.create({ collection: 'categories', data: { title: 'Kept', slug: 'kept' }, req: committed, overrideAccess: true })
    await commitTransaction(committed)
    expect(await countCategories('Kept')).toBe(1)
  })

  test('a host request save that fails makes no screening; the same save without the fault makes one', async () => {
    // "Create a draft screening" writes a second document in the same save: it must not be left behind
    // when the request's own write fails (here on its unique submission id), with no rollback to help.
    const hostRequest = (submissionId: string) => ({
      name: 'Rollback Organiser',
      email: 'rollback@example.org',
      organisation: `Rollback Collective ${submissionId}`,
      city: 'Oakland',
      country: 'US',
      preferredDate: '2027-03-01T19:00:00.000Z',
      status: 'confirmed' as const,
      submissionId,
    })
    const taken = `taken-${Date.now()}`
    await payload.create({ collection: 'host-requests', data: hostRequest(taken), overrideAccess: true })
    const request = await payload.create({ collection: 'host-requests', data: hostRequest(`free-${Date.now()}`), overrideAccess: true })
    const screenings = () => payload.count({ collection: 'screenings', overrideAccess: true }).then(({ totalDocs }) => totalDocs)
    const before = await screenings()

    await expect(
      payload.update({ collection: 'host-requests', id: request.id, data: { createScreening: true, submissionId: taken }, overrideAccess: true }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'submissionId' })] } })
    expect(await screenings()).toBe(before)
    const unchanged = await payload.findByID({ collection: 'host-requests', id: request.id, overrideAccess: true })
    expect(unchanged.screening ?? null).toBeNull()

    // The same save without the conflict creates the screening, linked both ways.
    const linked = await payload.update({ collection: 'host-requests', id: request.id, data: { createScreening: true }, overrideAccess: true, depth: 0 })
    expect(await screenings()).toBe(before + 1)
    expect(linked).toMatchObject({ screening: expect.any(String), createScreening: false })
    const screening = await payload.findByID({ collection: 'screenings', id: linked.screening as string, draft: true, depth: 0, overrideAccess: true })
    expect(screening.hostRequest).toBe(request.id)
  })

  test('a screening made by a save whose last step failed is found and linked by the next save, not made twice', async () => {
    const request = await payload.create({
      collection: 'host-requests',
      overrideAccess: true,
      data: {
        name: 'Retry',
        email: 'retry@example.org',
        organisation: `Retry ${Date.now()}`,
        city: 'Fresno',
        country: 'US',
        preferredDate: '2027-04-01T19:00:00.000Z',
        status: 'confirmed',
      },
    })
    // As if an earlier save had created the screening and then failed before linking it back.
    const orphan = await payload.create({
      collection: 'screenings',
      draft: true,
      overrideAccess: true,
      data: {
        _status: 'draft',
        title: 'Half-made',
        startsAt: '2027-04-01T19:00:00.000Z',
        venue: { name: 'Retry', city: 'Fresno', country: 'US' },
        host: { name: 'Retry' },
        hostRequest: request.id,
      },
    })
    const before = (await payload.count({ collection: 'screenings', overrideAccess: true })).totalDocs
    const linked = await payload.update({ collection: 'host-requests', id: request.id, data: { createScreening: true }, overrideAccess: true, depth: 0 })
    expect(linked.screening).toBe(orphan.id)
    expect((await payload.count({ collection: 'screenings', overrideAccess: true })).totalDocs).toBe(before)
  })

  test('unique indexes hold: a second document with the same submission id is refused, naming the field', async () => {
    const data = { name: 'Twice', email: 'twice@example.org', subject: 'Once only', message: 'Hello', submissionId: `unique-${Date.now()}` }
    await payload.create({ collection: 'contact-messages', data, overrideAccess: true })
    await expect(payload.create({ collection: 'contact-messages', data, overrideAccess: true })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'submissionId' })] },
    })
    expect(
      (await payload.count({ collection: 'contact-messages', where: { submissionId: { equals: data.submissionId } }, overrideAccess: true })).totalDocs,
    ).toBe(1)
  })

  test('the readiness query answers while the database does, and throws once it is gone', async () => {
    await expect(pingDatabase(payload)).resolves.toBeUndefined()
    const broken = { count: () => Promise.reject(new Error('database unreachable')) }
    await expect(pingDatabase(broken as never)).rejects.toThrow('database unreachable')
  })
})
