import { connect, type Socket } from 'node:net';

/**
 * A small client for Firefox's remote debugging protocol (the one about:debugging and web-ext
 * use). WebDriver BiDi leaves extension frames out (Firefox bug 1755014), so the Firefox suite
 * reaches the sidebar frame through this protocol instead: a tab's watcher lists every frame of the
 * tab, the moz-extension frame included, and each frame's console actor evaluates in it.
 * Packets are `length:json` (https://firefox-source-docs.mozilla.org/devtools/backend/protocol.html).
 */
export interface RdpPacket {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

/** A frame target: its address and the actor that evaluates script in it. */
export interface FrameTarget {
  url: string;
  actor: string;
  consoleActor: string;
}

export class RdpClient {
  private buffer = Buffer.alloc(0);
  private readonly packets: RdpPacket[] = [];
  private wake: () => void = () => undefined;
  /** Every unsolicited packet, for watchers (network events, new frames). */
  readonly events: RdpPacket[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (data: Buffer) => this.receive(data));
    socket.on('error', () => undefined);
  }

  /** Connects, retrying while Firefox starts its debugger server. */
  static async connect(port: number, deadline = Date.now() + 30_000): Promise<RdpClient> {
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new RdpClient(socket);
        await client.next((p) => p.from === 'root' && p.applicationType !== undefined);
        return client;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) break;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) break;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as RdpPacket;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (packet.type) this.events.push(packet);
      this.packets.push(packet);
    }
    this.wake();
  }

  /** The first packet (kept or still to come) that passes the test, taken off the queue. */
  async next(test: (packet: RdpPacket) => boolean, timeout = 20_000): Promise<RdpPacket> {
    const until = Date.now() + timeout;
    for (;;) {
      const index = this.packets.findIndex(test);
      if (index >= 0) return this.packets.splice(index, 1)[0]!;
      if (Date.now() > until) throw new Error('Firefox’s debugger did not answer in time');
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, 200);
      });
    }
  }

  /** Sends a request and waits for the actor's reply; an error reply throws. */
  async request(to: string, type: string, body: Record<string, unknown> = {}): Promise<RdpPacket> {
    const text = JSON.stringify({ to, type, ...body });
    this.socket.write(`${Buffer.byteLength(text)}:${text}`);
    const reply = await this.next((p) => p.from === to && (!p.type || !!p.error));
    if (reply.error) throw new Error(`Firefox’s debugger refused ${type}: ${reply.error} ${reply.message ?? ''}`);
    return reply;
  }

  /** The frames of the tab showing `url` (its page and every frame in it, extension frames included). */
  async watchTab(url: string): Promise<Watcher> {
    const { tabs } = (await this.request('root', 'listTabs')) as unknown as { tabs: { url: string; actor: string }[] };
    const tab = tabs.find((t) => t.url === url);
    if (!tab) throw new Error(`No tab shows ${url}`);
    return this.watcher(tab.actor);
  }

  /** The contexts of an installed add-on: its background, sidebar panel and pages. */
  async watchAddon(id: string): Promise<Watcher> {
    const { addons } = (await this.request('root', 'listAddons')) as unknown as { addons: { id: string; actor: string }[] };
    const addon = addons.find((a) => a.id === id);
    if (!addon) throw new Error(`Add-on ${id} is not installed`);
    return this.watcher(addon.actor);
  }

  private async watcher(descriptor: string): Promise<Watcher> {
    const { actor } = (await this.request(descriptor, 'getWatcher', { isServerTargetSwitchingEnabled: true })) as unknown as { actor: string };
    return new Watcher(this, actor);
  }

  /** Evaluates an expression in a frame and returns its value, which must be JSON (or a promise of it). */
  async evaluate<T>(target: FrameTarget, expression: string): Promise<T> {
    const text = `(async () => JSON.stringify(await (${expression})))()`;
    const { resultID } = await this.request(target.consoleActor, 'evaluateJSAsync', { text, mapped: { await: true } });
    const result = await this.next((p) => p.type === 'evaluationResult' && p.resultID === resultID);
    if (result.hasException) throw new Error(`Script failed in ${target.url}: ${String(result.exceptionMessage)}`);
    const value = result.result as string | { type: string; actor?: string; length?: number } | undefined;
    if (typeof value === 'string') return JSON.parse(value) as T;
    if (value && value.type === 'longString' && value.actor) {
      const { substring } = (await this.request(value.actor, 'substring', { start: 0, end: value.length })) as unknown as { substring: string };
      return JSON.parse(substring) as T;
    }
    return undefined as T;
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Follows one tab's or add-on's frames and resources as they come and go. */
export class Watcher {
  constructor(
    private readonly client: RdpClient,
    readonly actor: string,
  ) {}

  /** Starts following frames; call frame() afterwards to find one. */
  async watchFrames(): Promise<void> {
    await this.client.request(this.actor, 'watchTargets', { targetType: 'frame' });
  }

  /** Starts receiving network events for every request the watched contexts make. */
  async watchNetwork(): Promise<void> {
    await this.client.request(this.actor, 'watchResources', { resourceTypes: ['network-event'] });
  }

  /** The newest live frame whose address passes the test, waiting for it to appear. */
  async frame(test: (url: string) => boolean, timeout = 20_000): Promise<FrameTarget> {
    const until = Date.now() + timeout;
    for (;;) {
      const destroyed = new Set(this.mine('target-destroyed-form').map((p) => (p.target as FrameTarget).actor));
      const live = this.mine('target-available-form').map((p) => p.target as FrameTarget).filter((t) => !destroyed.has(t.actor) && test(t.url));
      if (live.length) return live.at(-1)!;
      if (Date.now() > until) throw new Error('The frame never appeared');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Addresses of every request seen so far. */
  requests(): string[] {
    return this.client.events
      .filter((p) => p.type === 'resources-available-array' && p.from === this.actor)
      .flatMap((p) => p.array as [string, { url?: string }[]][])
      .filter(([type]) => type === 'network-event')
      .flatMap(([, resources]) => resources.map((r) => r.url ?? ''));
  }

  private mine(type: string): RdpPacket[] {
    return this.client.events.filter((p) => p.type === type && p.from === this.actor);
  }
}
