import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'

import { env } from '../env'

/**
 * Where webhooks may go. In production a target on a private, loopback or link-local address is
 * refused (the CMS would otherwise call into its own network for whoever can save a webhook), unless
 * WEBHOOK_ALLOW_PRIVATE_TARGETS says so. Checked when a webhook is saved (addresses written as
 * numbers) and on every delivery (names as they resolve then, so a name cannot later point inside).
 */
export const privateTargetsAllowed = () => !env.production || env.WEBHOOK_ALLOW_PRIVATE_TARGETS

/** Whether an address is on the public internet: the only range ipaddr.js calls plain unicast. */
export const isPublicAddress = (address: string) => ipaddr.isValid(address) && ipaddr.process(address).range() === 'unicast'

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '')

/** Why a webhook's address is refused when it is saved, or true. */
export const validateTarget = (value: unknown): string | true => {
  if (typeof value !== 'string' || !value) return 'Enter the address the partner receives webhooks at.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Enter a full web address starting with https:// or http://'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Enter a full web address starting with https:// or http://'
  if (url.username || url.password) return 'Leave the user name and password out of the address: each delivery is signed instead.'
  const host = hostOf(url)
  const isPrivate = host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && !isPublicAddress(host))
  if (isPrivate && !privateTargetsAllowed()) return `${host} is a private address: webhooks go to the partner's public server.`
  return true
}

/** Resolves as Node would, and refuses a name that leads to a private address (unless allowed). */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0)
    const inside = addresses.find(({ address }) => !isPublicAddress(address))
    if (inside && !privateTargetsAllowed()) return callback(new Error(`${hostname} resolves to a private address (${inside.address}).`), '', 0)
    if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses)
    return callback(null, addresses[0]!.address, addresses[0]!.family)
  })
}

export type DeliveryResult = { status?: number; error?: string }

/** POSTs a signed body; a slow receiver is cut off after WEBHOOK_TIMEOUT_MS. Redirects are not followed. */
export const postSigned = (target: string, body: string, headers: Record<string, string>): Promise<DeliveryResult> =>
  new Promise((resolve) => {
    const url = new URL(target)
    const host = hostOf(url)
    // Numbers are not looked up: check them here.
    if (isIP(host) && !isPublicAddress(host) && !privateTargetsAllowed()) return resolve({ error: `${host} is a private address.` })
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const request = send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'MadeInLA-Webhooks/1', ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: publicOnlyLookup,
      },
      (response) => {
        clearTimeout(deadline)
        // The answer's body is not read: only its status says whether the event arrived.
        response.resume()
        resolve({ status: response.statusCode })
      },
    )
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${env.WEBHOOK_TIMEOUT_MS} ms`)), env.WEBHOOK_TIMEOUT_MS)
    request.on('error', (error) => {
      clearTimeout(deadline)
      resolve({ error: error.message })
    })
    request.end(body)
  })
