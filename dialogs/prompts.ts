// A text prompt that reads a typed or clicked answer with a parser, and answers a clear knowledge question asked instead.
import { TurnContext } from 'botbuilder';
import { PromptOptions, PromptValidatorContext, TextPrompt } from './dialogParts';
import { withButtons } from '../src/replies';
import { Responder } from './responder';

export type Parse = (text: string) => { ok: true } | { ok: false };

/** Builds the prompt's options: the question and its retry, both with the buttons the channel can show. */
export function ask(context: TurnContext, text: string, retryText: string, buttons: readonly string[] = []): PromptOptions {
  // Both activities are kept in the dialog state until answered: keep them lean (no copies).
  return { prompt: withButtons(text, buttons, context.activity.channelId), retryPrompt: withButtons(retryText, buttons, context.activity.channelId) };
}

const QUESTION = /^(?:what|how|can|could|should|shall|is|are|does|do|will|would|why|when|where|which|may|might)\b/i;

/** A message phrased as a question: it ends with "?" or starts with a question word. */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  return /\?$/.test(trimmed) || QUESTION.test(trimmed);
}

export class ParsingPrompt extends TextPrompt {
  constructor(id: string, parse: Parse, responder: Responder) {
    super(id, async (prompt: PromptValidatorContext<string>) => {
      const text = prompt.recognized.value ?? '';
      // A question typed at the prompt is answered, then the same question is asked again in this turn. A clear
      // question wins over the parser ("can I take 2 ibuprofen?" is not a pain score of 2).
      // After a reply in this turn the prompt does not re-prompt by itself, so it is sent here.
      const reAsk = async () => {
        if (prompt.options.prompt) await prompt.context.sendActivity(prompt.options.prompt);
      };
      const question = looksLikeQuestion(text);
      if (!question && parse(text).ok) return true;
      if (await responder.answerIfClearQuestion(prompt.context, text)) {
        await reAsk();
        return false;
      }
      return question && parse(text).ok;
    });
  }
}
