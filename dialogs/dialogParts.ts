// The parts of botbuilder-dialogs the dialogs use, imported one by one: the package's index also loads every
// prompt and Microsoft's text recognizers (date-time, number, choice), about 200 ms of start-up we never use.
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export type { DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
export { DialogContext } from 'botbuilder-dialogs/lib/dialogContext';
export type { DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export { WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt';
export type { PromptOptions, PromptValidatorContext } from 'botbuilder-dialogs/lib/prompts/prompt';
