// The baseline for the HTTP benchmarks: a bare echo bot on the product's stack (restify + botbuilder CloudAdapter, no auth).
// Run by bench/run.ts, compiled, as its own process on the port in PORT.
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';

const auth: ConfigurationBotFrameworkAuthenticationOptions = { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(auth));

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
  await next();
});

// As in the Bot Framework samples: restify's body parser, then the adapter.
const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
