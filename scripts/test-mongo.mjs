// `pnpm test:mongo`: the whole CMS suite against a real MongoDB (MONGODB_URI, e.g.
// mongodb://localhost:27017/?replicaSet=rs0); each test server gets a fresh database on it.
import { spawnSync } from 'node:child_process'

if (!process.env.MONGODB_URI) {
  console.log('test:mongo SKIPPED: MONGODB_URI is not set, so no MongoDB server to test against.')
  console.log('Point it at any MongoDB (a replica set for transactions): MONGODB_URI=mongodb://host:27017/?replicaSet=rs0 pnpm test:mongo')
  process.exit(0)
}
console.log(`test:mongo: running the CMS suite against ${new URL(process.env.MONGODB_URI).host}`)
const result = spawnSync('pnpm', ['--filter', '@made-in-la/cms', 'exec', 'vitest', 'run'], { stdio: 'inherit' })
process.exit(result.status ?? 1)
