/** What the fuzz tests of both servers share: one malformed request, and a small crowd sending them. */

export type FuzzCase = { name: string; headers?: Record<string, string>; body?: string; query?: string }

/** Sends `item` to `url` with `method`; the status, or why nothing answered. Bodies only where a method takes one. */
export const sendCase = async (method: string, url: string, item: FuzzCase, headers: Record<string, string>) => {
  try {
    const response = await fetch(`${url}${item.query ? `?${item.query}` : ''}`, {
      method,
      headers: { ...headers, ...item.headers },
      body: method === 'GET' || method === 'HEAD' ? undefined : (item.body ?? ''),
      redirect: 'manual',
    })
    await response.arrayBuffer()
    return response.status
  } catch (error) {
    return `no answer: ${(error as Error).message}`
  }
}

/** Runs `tasks` a few at a time. */
export const inParallel = async <T>(tasks: (() => Promise<T>)[], width = 6): Promise<T[]> => {
  const results: T[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const index = next++
        results[index] = await tasks[index]!()
      }
    }),
  )
  return results
}
