'use client'
import type { DefaultCellComponentProps } from 'payload'

import { Button, toast, useConfig, useSelection } from '@payloadcms/ui'
import { useRouter, useSearchParams } from 'next/navigation'
import { useState } from 'react'

import { moderationStatuses } from '../../fields/moderationStatuses'
import { yesNo } from './cells'

/** One moderation action: the fields it sets, its button's label and what it says once done. */
type Action = { label: string; data: Record<string, unknown>; done: string }

const approve: Action = { label: 'Approve', data: { status: 'approved' }, done: 'Approved' }
const reject: Action = { label: 'Reject', data: { status: 'rejected' }, done: 'Rejected' }
const feature: Action = { label: 'Feature', data: { featured: true }, done: 'Featured' }
const unfeature: Action = { label: 'Unfeature', data: { featured: false }, done: 'No longer featured' }

type Errors = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

/** The reason the CMS gave, field by field, as one line. */
const reasonOf = (body: Errors) =>
  (body.errors ?? [])
    .flatMap((error) => error.data?.errors?.map((field) => field.message) ?? [error.message])
    .filter(Boolean)
    .join(' ') || 'The change was refused.'

/** Sends one change through the REST API, as the signed-in member (their role decides), and reports it. */
const useModerate = (collectionSlug: string) => {
  const router = useRouter()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const send = async (action: Action, query: string, count: number) => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}${query}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(action.data),
      })
      const body = (await response.json().catch(() => ({}))) as Errors & { docs?: unknown[]; doc?: unknown }
      const changed = body.docs ? body.docs.length : response.ok ? 1 : 0
      if (!response.ok || (body.errors?.length ?? 0) > 0) toast.error(`${changed > 0 ? `${action.done}: ${changed} of ${count}. ` : ''}${reasonOf(body)}`)
      else toast.success(count > 1 ? `${action.done}: ${changed}` : action.done)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  return { busy, send }
}

const statusLabel = Object.fromEntries(moderationStatuses.map(({ value, label }) => [value, label]))

/** The status column of comments and pledges: the status, and Approve / Reject on the row itself. */
export const StatusCell = ({ cellData, rowData, collectionSlug }: DefaultCellComponentProps) => {
  const { busy, send } = useModerate(collectionSlug)
  const status = String(cellData ?? 'pending')
  const query = `/${encodeURIComponent(String(rowData.id))}`
  return (
    <span className="mla-row-actions">
      <span className={`mla-status mla-status--${status}`}>{statusLabel[status] ?? status}</span>
      {status !== 'approved' && (
        <Button buttonStyle="pill" size="small" disabled={busy} onClick={() => send(approve, query, 1)} aria-label={`Approve ${rowData.name ?? ''}`.trim()}>
          {approve.label}
        </Button>
      )}
      {status !== 'rejected' && (
        <Button buttonStyle="subtle" size="small" disabled={busy} onClick={() => send(reject, query, 1)} aria-label={`Reject ${rowData.name ?? ''}`.trim()}>
          {reject.label}
        </Button>
      )}
    </span>
  )
}

/** The featured column of pledges: yes or no, and Feature / Unfeature on the row (the CMS checks approval and consent). */
export const FeaturedCell = ({ cellData, rowData, collectionSlug }: DefaultCellComponentProps) => {
  const { busy, send } = useModerate(collectionSlug)
  const action = cellData ? unfeature : feature
  return (
    <span className="mla-row-actions">
      <span>{yesNo(cellData)}</span>
      <Button
        buttonStyle="subtle"
        size="small"
        disabled={busy}
        onClick={() => send(action, `/${encodeURIComponent(String(rowData.id))}`, 1)}
        aria-label={`${action.label} ${rowData.name ?? ''}`.trim()}
      >
        {action.label}
      </Button>
    </span>
  )
}

/** Above a moderated list: the same actions for every selected row (or every row the filter matches). */
export const BulkModeration = ({ collectionSlug, canFeature = false }: { collectionSlug: string; canFeature?: boolean }) => {
  const { count, getQueryParams } = useSelection()
  const { busy, send } = useModerate(collectionSlug)
  if (count === 0) return null
  const actions = canFeature ? [approve, reject, feature] : [approve, reject]
  return (
    <div className="mla-bulk" role="group" aria-label="Selected rows">
      <span>{count} selected</span>
      {actions.map((action) => (
        <Button key={action.label} buttonStyle="secondary" size="small" disabled={busy} onClick={() => send(action, getQueryParams(), count)}>
          {`${action.label} selected`}
        </Button>
      ))}
    </div>
  )
}

export type ListView = { label: string; where?: Record<string, string>; sort?: string; since?: 'now-or-later' | 'before-now'; field?: string }

/** Saved views above a list (Pending, Upcoming, Past...): links that set the list's filter and order. */
export const ListViews = ({ views, collectionSlug }: { views: ListView[]; collectionSlug: string }) => {
  const { config } = useConfig()
  const searchParams = useSearchParams()
  const base = `${config.routes.admin}/collections/${collectionSlug}`
  // "Now" is read when the list is shown, so "Upcoming" stays upcoming.
  const [now] = useState(() => new Date().toISOString())
  const paramsOf = (view: ListView) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(view.where ?? {})) params.set(`where[${key}][equals]`, value)
    if (view.since && view.field) params.set(`where[${view.field}][${view.since === 'now-or-later' ? 'greater_than_equal' : 'less_than'}]`, now)
    if (view.sort) params.set('sort', view.sort)
    return params
  }
  const current = (view: ListView) => {
    const params = paramsOf(view)
    const keys = [...params.keys()].filter((key) => key !== 'sort')
    const shown = [...searchParams.keys()].filter((key) => key.startsWith('where['))
    if (keys.length === 0) return shown.length === 0
    return (
      keys.length === shown.length &&
      keys.every((key) => searchParams.has(key) && (key.includes('[equals]') ? searchParams.get(key) === params.get(key) : true))
    )
  }
  return (
    <nav className="mla-views" aria-label="Views">
      {views.map((view) => {
        const query = paramsOf(view).toString()
        return (
          <a key={view.label} href={query ? `${base}?${query}` : base} aria-current={current(view) ? 'page' : undefined}>
            {view.label}
          </a>
        )
      })}
    </nav>
  )
}
