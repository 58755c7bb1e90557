// A conversation the Bot Framework Emulator's way: replies, and later reminders, are POSTed to a serviceUrl we serve.
import { Conversation, Reply, startChannel } from './server';

export type Channel = Awaited<ReturnType<typeof startChannel>>;

export class EmulatorConversation extends Conversation {
  constructor(
    baseUrl: string,
    private readonly channel: Channel,
    options: { id?: string; userId?: string; channelId?: string } = {},
  ) {
    super(baseUrl, options);
  }

  /** Every message the bot has posted to this conversation so far, replies and reminders alike, in arrival order. */
  messages(): Reply[] {
    const path = `/v3/conversations/${encodeURIComponent(this.id)}/activities`;
    return this.channel.received.filter((r) => r.path.startsWith(path) && r.body.type === 'message').map((r) => r.body);
  }

  /** The activity of a message sent the Emulator's way (replies to the channel, not in the HTTP response). */
  message(text: string): Record<string, unknown> {
    return this.activity({ text, serviceUrl: this.channel.url, deliveryMode: undefined });
  }

  /** Sends an activity and returns the messages the bot posted while the turn ran. */
  async send(activity: Record<string, unknown>): Promise<Reply[]> {
    const before = this.messages().length;
    const { status } = await this.post(activity);
    if (status !== 200) throw new Error(`POST /api/messages answered ${status}`);
    return this.messages().slice(before);
  }

  /** Sends a message and returns the messages the bot posted while the turn ran. */
  say(text: string): Promise<Reply[]> {
    return this.send(this.message(text));
  }

  /** Waits until the bot has posted `count` messages to this conversation in all. */
  async waitForMessages(count: number): Promise<Reply[]> {
    const deadline = Date.now() + 20_000;
    while (this.messages().length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.messages().length} of ${count} messages arrived`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.messages();
  }
}
