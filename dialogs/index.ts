// The guided dialogs the router can start, built with what they need.
import { UserState } from 'botbuilder';
import { AssessmentDialog } from './assessmentDialog';
import { GuidedDialogs } from './mainDialog';
import { Responder } from './responder';
import { StretchDialog } from './stretchDialog';

export function guidedDialogs(responder: Responder, userState: UserState): GuidedDialogs {
  return {
    assessment: new AssessmentDialog(responder, userState),
    stretches: new StretchDialog(responder),
  };
}
