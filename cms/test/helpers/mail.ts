import type { ChildProcess } from 'node:child_process'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { freePort } from '../setup/cmsServer'

/** A real SMTP server on a free port that keeps every message it is sent, parsed; `delayMs` makes it a slow one. */
export const startMailServer = async ({ delayMs = 0 } = {}) => {
  const port = await freePort()
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData: (stream, _session, callback) => {
      simpleParser(stream).then((mail) => {
        received.push(mail)
        setTimeout(callback, delayMs)
      }, callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  /** The messages sent to one address, in order. */
  const to = (email: string) => received.filter((mail) => mail.to && 'text' in mail.to && mail.to.text === email)
  return { port, received, to, close }
}

/** Stops a CMS started by a test file and waits for it to exit. */
export const stopCms = async (cms: { child: ChildProcess } | undefined) => {
  if (cms?.child.exitCode !== null || !cms) return
  const exited = new Promise((resolve) => cms.child.once('exit', resolve))
  cms.child.kill('SIGTERM')
  await exited
}
