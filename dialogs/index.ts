// The guided dialogs the router can start, built with what they need.
import { UserState } from 'botbuilder';
import { UserConversations } from '../src/storage';
import { AssessmentDialog } from './assessmentDialog';
import { ForgetDialog } from './forgetDialog';
import { GuidedDialogs } from './mainDialog';
import { Responder } from './responder';
import { StretchDialog } from './stretchDialog';

/** Without the user's conversations there is nothing "forget me" could delete in full, so it is offered only with them. */
export function guidedDialogs(responder: Responder, userState: UserState, conversations?: UserConversations): GuidedDialogs {
  return {
    assessment: new AssessmentDialog(responder, userState),
    stretches: new StretchDialog(responder),
    ...(conversations ? { forget: new ForgetDialog(responder, conversations) } : {}),
  };
}
