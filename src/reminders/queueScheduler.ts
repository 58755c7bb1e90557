// Durable reminders: a schedule is a blob, each step a delayed Azure Queue message; any instance may send it, once.
//
// Adding a schedule writes its blob, then one queue message per step whose visibility timeout is the step's delay.
// Every instance polls the queue. Taking a message hides it for REMINDER_LEASE_SECONDS; the taker claims the step in
// the blob (eTag-conditional write, so two instances cannot both claim it), sends it, marks it sent in the blob and
// only then deletes the message. An instance that dies mid-delivery leaves the message to reappear after the lease, and
// its claim to go stale, so another instance sends the step. A step marked sent is never sent again; a message whose
// blob is gone ("stop", "forget me", a finished schedule) is deleted unsent.
import { createHash } from 'node:crypto';
import { BlobServiceClient, ContainerClient, RestError } from '@azure/storage-blob';
import { QueueClient, QueueServiceClient } from '@azure/storage-queue';
import { ConfigError } from '../config';
import { StorageTimeoutError, StorageUnavailableError } from '../storage/errors';
import { withinBudget } from '../storage/turnBudget';
import { Clock } from './clock';
import type { ScheduleKind } from './schedule';
import { Deliver, ScheduleRecord, Scheduler } from './types';

export interface QueueSchedulerOptions {
  /** Holds QueueEndpoint/BlobEndpoint or an account name and key; never logged. */
  connectionString: string;
  queueName: string;
  container: string;
  /** How long a taken message stays hidden from the other instances while this one sends it. */
  leaseSeconds: number;
  pollMs: number;
  /** How long a turn's calls (add, list, remove) may take, within the turn's storage budget (src/storage/turnBudget.ts). */
  timeoutMs: number;
  /** A step whose delivery failed this many times is dropped (the channel is gone). */
  maxAttempts?: number;
  clock: Clock;
  /** This instance's name in claims. */
  instanceId: string;
  onError: (error: unknown) => void;
}

interface StepMessage {
  blob: string;
  step: number;
  at: number;
}

/** Messages taken per poll (Azure's maximum is 32). */
const BATCH = 16;
const DEFAULT_MAX_ATTEMPTS = 5;
/** How many leases a step waits for an earlier one before it goes anyway. */
const ORDER_PATIENCE_LEASES = 10;

export class QueueScheduler implements Scheduler {
  private readonly queue: QueueClient;
  private readonly container: ContainerClient;
  private ready?: Promise<void>;
  private deliver?: Deliver;
  private timer?: unknown;
  private polling: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: QueueSchedulerOptions) {
    try {
      this.queue = QueueServiceClient.fromConnectionString(options.connectionString).getQueueClient(options.queueName);
      this.container = BlobServiceClient.fromConnectionString(options.connectionString).getContainerClient(options.container);
    } catch {
      // The SDK's message can quote the connection string, key included: say only which setting is wrong.
      throw new ConfigError('QUEUE_CONNECTION_STRING', 'is not a valid Azure Storage connection string with a queue endpoint');
    }
  }

  add(record: ScheduleRecord): Promise<void> {
    return this.bounded('write', async (abortSignal) => {
      await this.ensureReady();
      const blob = blobName(record.user, record.id);
      const body = JSON.stringify(record);
      try {
        await this.container.getBlockBlobClient(blob).upload(body, Buffer.byteLength(body), { abortSignal, conditions: { ifNoneMatch: '*' } });
      } catch (error) {
        // Already added (the same request's turn, run again): its steps are queued already.
        if (error instanceof RestError && (error.statusCode === 409 || error.statusCode === 412)) return;
        throw error;
      }
      const now = this.options.clock.now();
      for (const [step, { at }] of record.steps.entries()) {
        const message: StepMessage = { blob, step, at };
        await this.queue.sendMessage(JSON.stringify(message), { abortSignal, visibilityTimeout: Math.max(0, Math.ceil((at - now) / 1000)) });
      }
    });
  }

  list(user: string): Promise<ScheduleRecord[]> {
    return this.bounded('read', async (abortSignal) => {
      await this.ensureReady();
      const records: ScheduleRecord[] = [];
      for await (const item of this.container.listBlobsFlat({ prefix: `${userPrefix(user)}/`, abortSignal })) {
        const read = await this.read(item.name, abortSignal);
        if (read) records.push(read.record);
      }
      return records;
    });
  }

  async remove(user: string, kinds?: readonly ScheduleKind[]): Promise<number> {
    let removed = 0;
    for (const record of await this.list(user)) {
      if (kinds && !kinds.includes(record.kind)) continue;
      await this.bounded('delete', (abortSignal) => this.container.getBlockBlobClient(blobName(user, record.id)).deleteIfExists({ abortSignal }));
      removed += 1;
    }
    return removed;
  }

  /**
   * A call made in a turn, so within the turn's storage budget (a frozen store must not hang the turn); past it the
   * turn gets the storage apology, as when the state cannot be read.
   */
  private async bounded<T>(operation: 'read' | 'write' | 'delete', run: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      return await withinBudget(this.options.timeoutMs, run);
    } catch (error) {
      throw error instanceof StorageTimeoutError ? new StorageUnavailableError(operation, error) : error;
    }
  }

  start(deliver: Deliver): void {
    this.deliver = deliver;
    this.schedulePoll(0);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    await this.polling;
  }

  private ensureReady(): Promise<void> {
    // Retried after a failure (storage down at start-up), like the state store.
    this.ready ??= Promise.all([this.queue.createIfNotExists(), this.container.createIfNotExists()]).then(
      () => undefined,
      (error: unknown) => {
        this.ready = undefined;
        throw error;
      },
    );
    return this.ready;
  }

  private schedulePoll(ms: number): void {
    if (this.closed) return;
    this.timer = this.options.clock.setTimeout(() => {
      this.polling = this.poll().finally(() => this.schedulePoll(this.options.pollMs));
    }, ms);
  }

  private async poll(): Promise<void> {
    try {
      await this.ensureReady();
      const { receivedMessageItems } = await this.queue.receiveMessages({ numberOfMessages: BATCH, visibilityTimeout: this.options.leaseSeconds });
      const taken = receivedMessageItems.map((item) => ({ item, message: parseMessage(item.messageText) }));
      // Earliest first, so a batch holding two steps of one schedule sends them in order.
      taken.sort((a, b) => (a.message?.at ?? 0) - (b.message?.at ?? 0));
      for (const { item, message } of taken) {
        if (this.closed) return;
        const handle = { id: item.messageId, receipt: item.popReceipt, attempts: item.dequeueCount };
        await this.handle(handle, message).catch(this.options.onError);
      }
    } catch (error) {
      this.options.onError(error);
    }
  }

  private async handle(handle: { id: string; receipt: string; attempts: number }, message: StepMessage | undefined): Promise<void> {
    const done = () => this.queue.deleteMessage(handle.id, handle.receipt);
    const later = (seconds: number) => this.queue.updateMessage(handle.id, handle.receipt, undefined, Math.max(1, Math.ceil(seconds)));
    const read = message ? await this.read(message.blob) : undefined;
    const step = message && read?.record.steps[message.step];
    if (!message || !read || !step || step.sent) return void (await done());
    const { record } = read;
    const now = this.options.clock.now();
    const leaseMs = this.options.leaseSeconds * 1000;
    // In order: an earlier step not yet sent goes first, unless it is long overdue (its message was never queued).
    const waitFor = record.steps.slice(0, message.step).some((s) => !s.sent && now - s.at < ORDER_PATIENCE_LEASES * leaseMs);
    if (waitFor) return void (await later(1));
    if (step.claimedBy && step.claimedBy !== this.options.instanceId && step.claimedAt !== undefined && now - step.claimedAt < leaseMs) {
      // Another instance is sending it right now; look again once its claim would have gone stale.
      return void (await later((step.claimedAt + leaseMs - now) / 1000 + 1));
    }
    step.claimedBy = this.options.instanceId;
    step.claimedAt = now;
    const claimedETag = await this.write(message.blob, record, read.eTag);
    if (!claimedETag) return; // another instance claimed it first; the message comes back and finds it sent

    try {
      await this.deliver?.(record, message.step);
    } catch (error) {
      this.options.onError(error);
      // The message reappears after the lease and is tried again, a few times at most.
      if (handle.attempts < (this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) return;
    }
    step.sent = true;
    if (record.steps.every((s) => s.sent)) await this.container.getBlockBlobClient(message.blob).deleteIfExists({ conditions: { ifMatch: claimedETag } });
    else await this.write(message.blob, record, claimedETag);
    await done();
  }

  private async read(blob: string, abortSignal?: AbortSignal): Promise<{ record: ScheduleRecord; eTag: string } | undefined> {
    try {
      const response = await this.container.getBlockBlobClient(blob).download(0, undefined, { abortSignal });
      const chunks: Buffer[] = [];
      for await (const chunk of response.readableStreamBody ?? []) chunks.push(Buffer.from(chunk as Buffer));
      return { record: JSON.parse(Buffer.concat(chunks).toString('utf8')) as ScheduleRecord, eTag: response.etag ?? '' };
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  /** Writes the record if its blob still has `eTag`; returns the new eTag, or undefined when someone wrote or deleted it since. */
  private async write(blob: string, record: ScheduleRecord, eTag: string): Promise<string | undefined> {
    const body = JSON.stringify(record);
    try {
      const response = await this.container.getBlockBlobClient(blob).upload(body, Buffer.byteLength(body), { conditions: { ifMatch: eTag } });
      return response.etag;
    } catch (error) {
      if (error instanceof RestError && (error.statusCode === 412 || error.statusCode === 404)) return undefined;
      throw error;
    }
  }
}

/** Blob names carry a hash of the user, never the id itself. */
function userPrefix(user: string): string {
  return createHash('sha256').update(user).digest('hex').slice(0, 32);
}

function blobName(user: string, id: string): string {
  return `${userPrefix(user)}/${id}.json`;
}

function parseMessage(text: string): StepMessage | undefined {
  try {
    const value = JSON.parse(text) as Partial<StepMessage>;
    return typeof value.blob === 'string' && typeof value.step === 'number' && typeof value.at === 'number' ? (value as StepMessage) : undefined;
  } catch {
    return undefined;
  }
}
