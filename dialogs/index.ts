// The guided dialogs the router can start, built with what they need.
import { UserState } from 'botbuilder';
import { GuidedDialogs } from './mainDialog';
import { Responder } from './responder';

export function AssessmentDialogs(_responder: Responder, _userState: UserState): GuidedDialogs {
  return {};
}
