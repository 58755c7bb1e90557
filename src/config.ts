// Reads and checks the environment once at start-up; every setting the server uses is named here and in .env.example.
export interface Config {
  port: number;
  /** Bot Framework identity; an empty app id means no authentication (the Emulator and local web chat). */
  auth: {
    MicrosoftAppType: string;
    MicrosoftAppId: string;
    MicrosoftAppPassword: string;
    MicrosoftAppTenantId: string;
  };
  logLevel: string;
  /** The longest message the assistant reads; longer ones get a kind "please shorten it". */
  maxMessageChars: number;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Setting ${variable}: ${problem}. See .env.example for what it takes.`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

export function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(name, `"${raw}" is not a whole number from ${min} to ${max}`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const appType = env.MicrosoftAppType?.trim() || 'MultiTenant';
  if (!APP_TYPES.includes(appType)) throw new ConfigError('MicrosoftAppType', `"${appType}" is not one of ${APP_TYPES.join(', ')}`);
  const appId = env.MicrosoftAppId?.trim() ?? '';
  const password = env.MicrosoftAppPassword?.trim() ?? '';
  if (appId && !password && appType !== 'UserAssignedMSI') throw new ConfigError('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `"${logLevel}" is not one of ${LOG_LEVELS.join(', ')}`);
  return {
    port: intSetting(env, 'PORT', 3978, 0, 65535),
    auth: {
      MicrosoftAppType: appType,
      MicrosoftAppId: appId,
      MicrosoftAppPassword: password,
      MicrosoftAppTenantId: env.MicrosoftAppTenantId?.trim() ?? '',
    },
    logLevel,
    maxMessageChars: intSetting(env, 'MAX_MESSAGE_CHARS', 2000, 100, 100_000),
  };
}
