// A text prompt that reads a typed or clicked answer with a parser, and answers a clear knowledge question asked instead.
import { Activity, TurnContext } from 'botbuilder';
import { PromptOptions, PromptValidatorContext, TextPrompt } from 'botbuilder-dialogs';
import { withButtons } from '../src/replies';
import { Responder } from './responder';

export type Parse = (text: string) => { ok: true } | { ok: false };

/** The options a ParsingPrompt keeps: the question (asked again after a question answered) and the retry. */
interface AskOptions extends PromptOptions {
  validations: { prompt: Partial<Activity> };
}

/** Builds the prompt's options: the question and its retry, both with the buttons the channel can show. */
export function ask(context: TurnContext, text: string, retryText: string, buttons: readonly string[] = []): AskOptions {
  const prompt = withButtons(text, buttons, context.activity.channelId);
  const retry = withButtons(retryText, buttons, context.activity.channelId);
  return { prompt, retryPrompt: retry, validations: { prompt } };
}

export class ParsingPrompt extends TextPrompt {
  constructor(id: string, parse: Parse, responder: Responder) {
    super(id, async (prompt: PromptValidatorContext<string>) => {
      const text = prompt.recognized.value ?? '';
      if (parse(text).ok) return true;
      // A question typed at the prompt is answered, then the same question is asked again in this turn.
      // (After a reply in this turn the prompt does not re-prompt by itself, so it is sent here.)
      if (await responder.answerIfClearQuestion(prompt.context, text)) {
        const options = prompt.options as AskOptions;
        await prompt.context.sendActivity(options.validations?.prompt ?? options.prompt ?? '');
      }
      return false;
    });
  }
}
