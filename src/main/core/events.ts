import type { AppEvent, Topic } from '@shared/ipc'

/** A tiny fan-out of core events to whoever shows them (the window, the browser host). */
export class EventHub {
  private readonly listeners = new Set<(event: AppEvent) => void>()

  on(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) listener(event)
  }

  changed(...topics: Topic[]): void {
    this.emit({ type: 'changed', topics })
  }
}
