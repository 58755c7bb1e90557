// A text prompt that reads a typed or clicked answer with a parser, and answers a clear knowledge question asked instead.
import { Activity, TurnContext } from 'botbuilder';
import { PromptOptions, PromptValidatorContext, TextPrompt } from 'botbuilder-dialogs';
import { withButtons } from '../src/replies';
import { Responder } from './responder';

export type Parse = (text: string) => { ok: true } | { ok: false };

/** The options a ParsingPrompt keeps: the question, the retry, and which one to send after a failed answer. */
interface AskOptions extends PromptOptions {
  validations: { prompt: Partial<Activity>; retry: Partial<Activity> };
}

/** Builds the prompt's options: the question and its retry, both with the buttons the channel can show. */
export function ask(context: TurnContext, text: string, retryText: string, buttons: readonly string[] = []): AskOptions {
  const prompt = withButtons(text, buttons, context.activity.channelId);
  const retry = withButtons(retryText, buttons, context.activity.channelId);
  return { prompt, retryPrompt: retry, validations: { prompt, retry } };
}

export class ParsingPrompt extends TextPrompt {
  constructor(id: string, parse: Parse, responder: Responder) {
    super(id, async (prompt: PromptValidatorContext<string>) => {
      const text = prompt.recognized.value ?? '';
      if (parse(text).ok) return true;
      const options = prompt.options as AskOptions;
      // A question typed at the prompt is answered, then the same question is asked again in this turn.
      const answered = await responder.answerIfClearQuestion(prompt.context, text);
      if (options.validations) options.retryPrompt = answered ? options.validations.prompt : options.validations.retry;
      return false;
    });
  }
}
