// The guided dialogs the router can start, built with what they need.
import { ConversationState, UserState } from 'botbuilder';
import type { Forgettable } from '../src/storage';
import { AssessmentDialog } from './assessmentDialog';
import { ForgetDialog } from './forgetDialog';
import { GuidedDialogs } from './mainDialog';
import { Responder } from './responder';
import { StretchDialog } from './stretchDialog';

/** Without the conversation state there is nothing "forget me" could delete in full, so it is offered only with it. */
export function guidedDialogs(
  responder: Responder,
  userState: UserState,
  conversationState?: ConversationState,
  /** More that "forget me" deletes (the user's other conversations, their reminders), before the two states. */
  alsoForget: readonly Forgettable[] = [],
): GuidedDialogs {
  return {
    assessment: new AssessmentDialog(responder, userState),
    stretches: new StretchDialog(responder),
    ...(conversationState ? { forget: new ForgetDialog(responder, [...alsoForget, userState, conversationState]) } : {}),
  };
}
