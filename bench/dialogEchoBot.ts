// A second reference for the HTTP benchmarks: the echo bot plus what any dialog bot on this stack does each turn —
// read conversation and user state, run a one-step waterfall in a DialogSet, save the state. The distance from the
// echo bot to this is the Bot Framework's own dialog and state cost; from this to ours is the assistant's own work.
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, UserState } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogState, DialogTurnStatus, WaterfallDialog } from 'botbuilder-dialogs';

const adapter = new CloudAdapter(
  new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' }),
);
const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
const dialogState = conversationState.createProperty<DialogState>('dialogState');

class EchoDialog extends ComponentDialog {
  constructor() {
    super('echo');
    this.addDialog(
      new WaterfallDialog('steps', [
        async (step) => {
          await step.context.sendActivity(`Echo: ${step.context.activity.text ?? ''}`);
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = 'steps';
  }
}
const dialog = new EchoDialog();

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  const dialogs = new DialogSet(dialogState);
  dialogs.add(dialog);
  const dc = await dialogs.createContext(context);
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) await dc.beginDialog(dialog.id);
  await next();
});

const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context) => {
    await bot.run(context);
    await Promise.all([conversationState.saveChanges(context, false), userState.saveChanges(context, false)]);
  });
});

server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
