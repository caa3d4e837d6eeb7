import type { Bilingual } from './domain/types'

/**
 * The one error shape that crosses IPC: a stable code for programs, a message for people
 * (Japanese first, English too) and, when one input field is to blame, its name.
 * Never a stack trace: those stay in the main process log.
 */
export interface AppErrorData {
  code: string
  message: Bilingual
  field?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

export class AppError extends Error {
  readonly code: string
  readonly bilingual: Bilingual
  readonly field?: string

  constructor(code: string, message: Bilingual, field?: string) {
    super(message.en)
    this.name = 'AppError'
    this.code = code
    this.bilingual = message
    this.field = field
  }

  toData(): AppErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.bilingual }
      : { code: this.code, message: this.bilingual, field: this.field }
  }
}

export const internalErrorData: AppErrorData = {
  code: 'internal',
  message: {
    ja: '予期しないエラーが起きました。もう一度お試しください。続く場合はログフォルダを開いて担当者に送ってください。',
    en: 'Something unexpected went wrong. Please try again; if it keeps happening, open the log folder and send it to whoever helps you.',
  },
}
