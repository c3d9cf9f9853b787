/**
 * Events, Component and debounce as Obsidian defines them: the lifecycle
 * every plugin, view and panel goes through. Component keeps what was
 * registered so a test can check that unloading leaves nothing behind.
 */
import type * as obsidian from 'obsidian';

type Callback = (...data: unknown[]) => unknown;

/** An event subscription, as `Events.on` returns it. */
export interface FakeEventRef extends obsidian.EventRef {
  owner: Events;
  name: string;
  callback: Callback;
  ctx?: unknown;
}

export class Events implements obsidian.Events {
  private readonly handlers = new Map<string, FakeEventRef[]>();

  on(name: string, callback: Callback, ctx?: unknown): obsidian.EventRef {
    const ref: FakeEventRef = { owner: this, name, callback, ctx };
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
    return ref;
  }

  off(name: string, callback: Callback): void {
    this.handlers.set(
      name,
      (this.handlers.get(name) ?? []).filter((r) => r.callback !== callback),
    );
  }

  offref(ref: obsidian.EventRef): void {
    const r = ref as FakeEventRef;
    this.handlers.set(
      r.name,
      (this.handlers.get(r.name) ?? []).filter((x) => x !== r),
    );
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const r of [...(this.handlers.get(name) ?? [])]) r.callback.apply(r.ctx, data);
  }

  tryTrigger(evt: obsidian.EventRef, args: unknown[]): void {
    const r = evt as FakeEventRef;
    try {
      r.callback.apply(r.ctx, args);
    } catch (e) {
      console.error(e);
    }
  }

  /** Test helper: how many handlers are subscribed (to one event, or to all). */
  listenerCount(name?: string): number {
    if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
    let n = 0;
    for (const list of this.handlers.values()) n += list.length;
    return n;
  }
}

type ComponentApi = 'load' | 'onload' | 'unload' | 'onunload' | 'addChild' | 'removeChild' | 'register' | 'registerEvent' | 'registerInterval';

export class Component implements Pick<obsidian.Component, ComponentApi> {
  /** Whether `load` has run and `unload` has not. */
  loaded = false;
  private cleanups: Array<() => unknown> = [];
  private children: Component[] = [];
  /** Test helper: what `onload` returned (a promise for async plugins), to await it. */
  loading: unknown;

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.loading = this.onload();
    for (const c of this.children) c.load();
  }

  onload(): unknown {
    return undefined;
  }

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const c of this.children.splice(0)) c.unload();
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends obsidian.Component>(component: T): T {
    this.children.push(component as unknown as Component);
    if (this.loaded) component.load();
    return component;
  }

  removeChild<T extends obsidian.Component>(component: T): T {
    this.children = this.children.filter((c) => c !== (component as unknown as Component));
    component.unload();
    return component;
  }

  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }

  registerEvent(eventRef: obsidian.EventRef): void {
    const r = eventRef as FakeEventRef;
    this.register(() => r.owner.offref(r));
  }

  registerDomEvent(el: { addEventListener(type: string, cb: Callback): void; removeEventListener(type: string, cb: Callback): void }, type: string, callback: Callback): void {
    el.addEventListener(type, callback);
    this.register(() => el.removeEventListener(type, callback));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }

  /** Test helper: how many cleanups are pending. */
  get registeredCount(): number {
    return this.cleanups.length;
  }
}

/** Obsidian's `debounce`: calls `cb` once `timeout` ms after the last call (or the first, without `resetTimer`). */
export const debounce: typeof obsidian.debounce = <T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: [...T] | undefined;
  const fire = (): V | void => {
    timer = undefined;
    if (!lastArgs) return;
    const args = lastArgs;
    lastArgs = undefined;
    return cb(...args);
  };
  const debounced = ((...args: [...T]) => {
    lastArgs = args;
    if (timer !== undefined && resetTimer) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (timer === undefined) timer = setTimeout(fire, timeout);
    return debounced;
  }) as obsidian.Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    lastArgs = undefined;
    return debounced;
  };
  debounced.run = () => {
    if (timer !== undefined) clearTimeout(timer);
    return fire();
  };
  return debounced;
};
