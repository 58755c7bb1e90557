// The local Direct Line's memory: conversations, their tokens and activities, with watermarks, idle expiry and caps.
// No HTTP and no botbuilder here, so the rules can be read (and changed) in one place.
import { randomBytes } from 'node:crypto';

/** An activity as the page sees it: whatever the sender put in, plus the id and timestamp given here. */
export interface StoredActivity {
  id: string;
  type: string;
  timestamp: string;
  [field: string]: unknown;
}

export type NewActivity = Omit<StoredActivity, 'id' | 'timestamp'> & { type: string };

export interface ConversationGrant {
  conversationId: string;
  token: string;
  /** Seconds the token stays valid. */
  expiresIn: number;
}

export type Access = { ok: true; userId: string; /** Seconds the presented token has left. */ expiresIn: number } | { ok: false; reason: 'unknown-conversation' | 'bad-token' };

/** What append did: stored it (with its id), or not, because the conversation is gone or the activity is too large. */
export type Appended = { ok: true; id: string } | { ok: false; reason: 'gone' | 'too-large' };

/** A page of activities, already serialised (each kept as JSON text, so nothing stored can fail to serialise later). */
export interface Page {
  activities: string[];
  watermark: string;
}

export interface StoreOptions {
  idleMs: number;
  /** Most conversations kept at once; past it, the least recently used one of the address holding most is dropped. */
  maxConversations: number;
  /** Most conversations one client address holds; a new one past it replaces that address's least recently used. */
  maxPerAddress: number;
  /** Bytes of activities kept in all; past it, whole conversations go, least recently used first. */
  maxTotalBytes: number;
  /** Token lifetime; Azure's is 30 minutes and Web Chat refreshes every 15. */
  tokenMs?: number;
  now?: () => number;
}

/**
 * Activities kept per conversation, by count and by size; older ones are dropped (a page that far behind misses them).
 * Sizes here are characters of JSON (one byte each for the ASCII that activities mostly are).
 */
const MAX_ACTIVITIES = 500;
const MAX_CONVERSATION_BYTES = 512 * 1024;
/** The largest single activity kept (the bot's longest reply, a plan with its sources, is under 8 KB). */
const MAX_ACTIVITY_BYTES = 64 * 1024;
/** One poll answers at most this much; the page asks again from the watermark it gets. */
const PAGE_ACTIVITIES = 50;
const PAGE_BYTES = 256 * 1024;

interface Conversation {
  id: string;
  /** The user id every activity from this conversation's page is sent with: chosen here, so nobody can pick another's. */
  userId: string;
  /** The client address that started it (its conversations are capped). */
  owner: string;
  /** Live tokens and when each expires. A refresh adds one; the newest few are kept. */
  tokens: Map<string, number>;
  /** Serialised activities, oldest first. */
  activities: string[];
  bytes: number;
  /** Sequence number (= watermark) of the last activity appended. */
  lastSeq: number;
  lastUsed: number;
}

const TOKENS_PER_CONVERSATION = 3;

export class DirectLineStore {
  /** In least-recently-used order (touching re-inserts), so expiry and eviction look at the front. */
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokens = new Map<string, string>();
  /** Live conversations per owner address. */
  private readonly owners = new Map<string, number>();
  private totalBytes = 0;
  private readonly tokenMs: number;
  private readonly now: () => number;

  constructor(private readonly options: StoreOptions) {
    this.tokenMs = options.tokenMs ?? 30 * 60_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Bytes of activities held, over all conversations. */
  get bytes(): number {
    return this.totalBytes;
  }

  /**
   * Starts a conversation for `owner` (a client address), making room by the rules in StoreOptions.
   * @param userId the browser's stable id (see browserUser.ts); a new one when absent.
   */
  create(owner: string, userId = `dl_${randomId(12)}`): ConversationGrant {
    this.expireIdle();
    if ((this.owners.get(owner) ?? 0) >= this.options.maxPerAddress) this.evictOldestOf(owner);
    if (this.conversations.size >= this.options.maxConversations) this.evictOldestOf(this.busiestOwner());
    const conversation: Conversation = {
      id: randomId(18),
      userId,
      owner,
      tokens: new Map(),
      activities: [],
      bytes: 0,
      lastSeq: 0,
      lastUsed: this.now(),
    };
    this.conversations.set(conversation.id, conversation);
    this.owners.set(owner, (this.owners.get(owner) ?? 0) + 1);
    return this.issueToken(conversation);
  }

  /** Whether `token` may use conversation `conversationId`; a successful check counts as use (it keeps the conversation alive). */
  access(conversationId: string, token: string | undefined): Access {
    this.expireIdle();
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return { ok: false, reason: 'unknown-conversation' };
    const expires = token ? conversation.tokens.get(token) : undefined;
    if (expires === undefined || expires <= this.now()) return { ok: false, reason: 'bad-token' };
    this.touch(conversation);
    return { ok: true, userId: conversation.userId, expiresIn: Math.ceil((expires - this.now()) / 1000) };
  }

  /** A new token for the same conversation; the old one stays valid until it expires, as in Azure. */
  refresh(token: string | undefined): ConversationGrant | undefined {
    const conversation = this.conversationOf(token);
    return conversation ? this.issueToken(conversation) : undefined;
  }

  /** Appends an activity, serialised once here, and gives its id; older activities and conversations make room. */
  append(conversationId: string, activity: NewActivity): Appended {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return { ok: false, reason: 'gone' };
    const id = `${conversation.id}|${String(conversation.lastSeq + 1).padStart(7, '0')}`;
    const json = JSON.stringify({ ...activity, id, timestamp: new Date(this.now()).toISOString() });
    if (json.length > MAX_ACTIVITY_BYTES) return { ok: false, reason: 'too-large' };
    conversation.lastSeq += 1;
    conversation.activities.push(json);
    this.resize(conversation, json.length);
    while (conversation.activities.length > 1 && (conversation.activities.length > MAX_ACTIVITIES || conversation.bytes > MAX_CONVERSATION_BYTES)) {
      this.resize(conversation, -(conversation.activities.shift() ?? '').length);
    }
    this.touch(conversation);
    // The conversation just written to is the most recently used, so it is the last to go.
    for (const oldest of this.conversations.values()) {
      if (this.totalBytes <= this.options.maxTotalBytes || oldest === conversation) break;
      this.delete(oldest);
    }
    return { ok: true, id };
  }

  /** Activities after `watermark` (0 = from the start), at most a page of them, and the watermark to ask with next. */
  since(conversationId: string, watermark: number): Page {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return { activities: [], watermark: String(watermark) };
    // Activities are numbered 1..lastSeq; the kept ones are the last activities.length of them.
    const firstSeq = conversation.lastSeq - conversation.activities.length + 1;
    const from = Math.max(0, watermark + 1 - firstSeq);
    const page: string[] = [];
    let bytes = 0;
    for (const json of conversation.activities.slice(from, from + PAGE_ACTIVITIES)) {
      if (page.length > 0 && bytes + json.length > PAGE_BYTES) break;
      page.push(json);
      bytes += json.length;
    }
    const last = page.length > 0 ? firstSeq + from + page.length - 1 : conversation.lastSeq;
    return { activities: page, watermark: String(Math.max(watermark, last)) };
  }

  has(conversationId: string): boolean {
    this.expireIdle();
    return this.conversations.has(conversationId);
  }

  /** Deletes conversations idle for longer than the setting; cheap, so every call can do it. */
  expireIdle(): void {
    const cutoff = this.now() - this.options.idleMs;
    for (const conversation of this.conversations.values()) {
      if (conversation.lastUsed > cutoff) break;
      this.delete(conversation);
    }
  }

  private conversationOf(token: string | undefined): Conversation | undefined {
    this.expireIdle();
    const conversationId = token ? this.tokens.get(token) : undefined;
    const conversation = conversationId ? this.conversations.get(conversationId) : undefined;
    if (!conversation || !token || (conversation.tokens.get(token) ?? 0) <= this.now()) return undefined;
    this.touch(conversation);
    return conversation;
  }

  private issueToken(conversation: Conversation): ConversationGrant {
    const token = randomId(32);
    conversation.tokens.set(token, this.now() + this.tokenMs);
    this.tokens.set(token, conversation.id);
    // Map order is issue order: drop expired tokens and all but the newest few.
    let excess = conversation.tokens.size - TOKENS_PER_CONVERSATION;
    for (const [old, expires] of conversation.tokens) {
      if (excess <= 0 && expires > this.now()) continue;
      conversation.tokens.delete(old);
      this.tokens.delete(old);
      excess -= 1;
    }
    return { conversationId: conversation.id, token, expiresIn: Math.round(this.tokenMs / 1000) };
  }

  private busiestOwner(): string {
    let busiest = '';
    let most = 0;
    for (const [owner, count] of this.owners) {
      if (count > most) [busiest, most] = [owner, count];
    }
    return busiest;
  }

  /** Drops the least recently used conversation `owner` holds (the map is in that order). */
  private evictOldestOf(owner: string): void {
    for (const conversation of this.conversations.values()) {
      if (conversation.owner !== owner) continue;
      this.delete(conversation);
      return;
    }
  }

  private resize(conversation: Conversation, delta: number): void {
    conversation.bytes += delta;
    this.totalBytes += delta;
  }

  private touch(conversation: Conversation): void {
    conversation.lastUsed = this.now();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private delete(conversation: Conversation): void {
    this.conversations.delete(conversation.id);
    for (const token of conversation.tokens.keys()) this.tokens.delete(token);
    this.totalBytes -= conversation.bytes;
    const left = (this.owners.get(conversation.owner) ?? 1) - 1;
    if (left > 0) this.owners.set(conversation.owner, left);
    else this.owners.delete(conversation.owner);
  }
}

/** URL-safe random text with `bytes` bytes of entropy. */
function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}
