import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole, userOf } from '../access/roles'

/** The submissions that carry a visitor's email address (pledges ask for none). */
const personalCollections = ['host-requests', 'comments', 'subscribers', 'screening-alerts', 'contact-messages'] as const

const requestedEmail = (req: PayloadRequest) => {
  const email = new URL(req.url ?? '', 'http://cms').searchParams.get('email')?.trim().toLowerCase()
  return email && email.includes('@') ? email : undefined
}

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** Moderators answer access and erasure requests: everything one person sent, found by email. */
const withPerson =
  (act: (req: PayloadRequest, email: string) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    if (!hasRole(userOf(req), 'admin', 'moderator')) return refuse(403, 'Only moderators and admins can do this.')
    const email = requestedEmail(req)
    if (!email) return refuse(400, 'email must be given as ?email=person@example.org.')
    return act(req, email)
  }

const findAll = (req: PayloadRequest, email: string) =>
  Promise.all(
    personalCollections.map(async (collection) => {
      const { docs } = await req.payload.find({ collection, where: { email: { equals: email } }, limit: 1000, depth: 0, overrideAccess: true })
      return [collection, docs] as const
    }),
  )

export const exportPersonalData: Endpoint = {
  path: '/privacy/submissions',
  method: 'get',
  handler: withPerson(async (req, email) => {
    const found = await findAll(req, email)
    return Response.json({ email, exportedAt: new Date().toISOString(), submissions: Object.fromEntries(found) })
  }),
}

export const erasePersonalData: Endpoint = {
  path: '/privacy/submissions',
  method: 'delete',
  handler: withPerson(async (req, email) => {
    const deleted: Record<string, number> = {}
    for (const collection of personalCollections) {
      const result = await req.payload.delete({ collection, where: { email: { equals: email } }, depth: 0, overrideAccess: true })
      deleted[collection] = result.docs.length
    }
    req.payload.logger.info({ deleted }, "erased a person's submissions on request")
    return Response.json({ email, deleted })
  }),
}
