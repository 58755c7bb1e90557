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

export interface StoreOptions {
  idleMs: number;
  maxConversations: number;
  /** Token lifetime; Azure's is 30 minutes and Web Chat refreshes every 15. */
  tokenMs?: number;
  /** Activities kept per conversation; older ones are dropped (a page that far behind misses them). */
  maxActivities?: number;
  now?: () => number;
}

interface Conversation {
  id: string;
  /** The user id every activity from this conversation's page is sent with: chosen here, so nobody can pick another's. */
  userId: string;
  /** Live tokens and when each expires. A refresh adds one; the newest few are kept. */
  tokens: Map<string, number>;
  activities: StoredActivity[];
  /** Sequence number (= watermark) of the last activity appended. */
  lastSeq: number;
  lastUsed: number;
}

const TOKENS_PER_CONVERSATION = 3;

export class DirectLineStore {
  /** In least-recently-used order (touching re-inserts), so expiry only looks at the front. */
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokens = new Map<string, string>();
  private readonly tokenMs: number;
  private readonly maxActivities: number;
  private readonly now: () => number;

  constructor(private readonly options: StoreOptions) {
    this.tokenMs = options.tokenMs ?? 30 * 60_000;
    this.maxActivities = options.maxActivities ?? 1000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.conversations.size;
  }

  /**
   * Starts a conversation, or returns undefined when the cap is reached even after dropping idle ones.
   * @param userId the browser's stable id (see browserUser.ts); a new one when absent.
   */
  create(userId = `dl_${randomId(12)}`): ConversationGrant | undefined {
    this.expireIdle();
    if (this.conversations.size >= this.options.maxConversations) return undefined;
    const conversation: Conversation = {
      id: randomId(18),
      userId,
      tokens: new Map(),
      activities: [],
      lastSeq: 0,
      lastUsed: this.now(),
    };
    this.conversations.set(conversation.id, conversation);
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

  /** Appends an activity and returns it with its id; undefined when the conversation is gone. */
  append(conversationId: string, activity: NewActivity): StoredActivity | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    conversation.lastSeq += 1;
    const stored: StoredActivity = {
      ...activity,
      id: `${conversation.id}|${String(conversation.lastSeq).padStart(7, '0')}`,
      timestamp: new Date(this.now()).toISOString(),
    };
    conversation.activities.push(stored);
    if (conversation.activities.length > this.maxActivities) conversation.activities.shift();
    this.touch(conversation);
    return stored;
  }

  /** Activities after `watermark` (0 = from the start), and the watermark to ask with next. */
  since(conversationId: string, watermark: number): { activities: StoredActivity[]; watermark: string } {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return { activities: [], watermark: String(watermark) };
    // Activities are numbered 1..lastSeq; the kept ones are the last activities.length of them.
    const firstSeq = conversation.lastSeq - conversation.activities.length + 1;
    const from = Math.max(0, watermark + 1 - firstSeq);
    return { activities: conversation.activities.slice(from), watermark: String(Math.max(watermark, conversation.lastSeq)) };
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

  private touch(conversation: Conversation): void {
    conversation.lastUsed = this.now();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private delete(conversation: Conversation): void {
    this.conversations.delete(conversation.id);
    for (const token of conversation.tokens.keys()) this.tokens.delete(token);
  }
}

/** URL-safe random text with `bytes` bytes of entropy. */
function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}
