// Starts Web Chat on the page: resumes this tab's conversation, keeps a browser user key, runs the static menu, the hold
// timer and "Start over". An ES module, so it is strict and its names do not leak into the page.
const ACCENT = '#0E7C86';
const ACCENT_DARK = '#0A5F66';
/** This tab's conversation (id and token), so a reload or a restored tab carries on where it was. */
const SESSION_KEY = 'backSpasmHelper.conversation';
/** A random key per browser: the server derives the user id from it, so a later visit is the same user ("forget me" drops it). */
const USER_KEY = 'backSpasmHelper.userKey';
/** The bot sends this event after "forget me": the next conversation starts as a new user. */
const FORGET_EVENT = 'webchat/forget-user';
const BOT_NAME = document.querySelector('.site-header__title').textContent;

/** Web Chat's look: the product's teal, our avatar, buttons that wrap, text only; long replies open at their top. */
const STYLE_OPTIONS = {
  accent: ACCENT,
  botAvatarImage: '/avatar.svg',
  botAvatarInitials: 'BS',
  userAvatarInitials: 'You',
  bubbleBorderRadius: 12,
  bubbleFromUserBorderRadius: 12,
  bubbleFromUserBackground: '#E3F2F3',
  bubbleFromUserBorderColor: '#B9DDE0',
  bubbleFromUserBorderWidth: 1,
  bubbleBorderColor: '#D5DEE0',
  bubbleBorderWidth: 1,
  // suggestedActionLayout is set by styleOptions() below, from the screen's size.
  suggestedActionBorderRadius: 18,
  suggestedActionBorderColor: ACCENT,
  suggestedActionTextColor: ACCENT_DARK,
  // White on the dark teal: 7.4:1 (the default grey hover gave 4.42:1).
  suggestedActionBackgroundColorOnHover: ACCENT_DARK,
  suggestedActionTextColorOnHover: '#FFFFFF',
  sendBoxButtonColor: ACCENT,
  sendBoxButtonColorOnHover: ACCENT_DARK,
  hideUploadButton: true,
  rootHeight: '100%',
  rootWidth: '100%',
  primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // Stop following the conversation once a new reply reaches the top: a long plan opens at its heading, not its end.
  autoScrollSnapOnActivity: true,
  autoScrollSnapOnPage: true,
};

/** Screen readers announce "Back Spasm Helper said:", not "Bot BS said:". */
const LOCALIZED_STRINGS = { ACTIVITY_BOT_SAID_ALT: `${BOT_NAME} said:` };

const statusBox = document.getElementById('chat-status');
const welcomeBox = document.getElementById('chat-welcome');

function showStatus(message, isError) {
  statusBox.textContent = message;
  statusBox.hidden = !message;
  statusBox.classList.toggle('chat__status--error', Boolean(isError));
}

async function getJson(url, init = {}) {
  const response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) } });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  return body;
}

// --- What the browser keeps ---------------------------------------------------------------------------

function readSession() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null');
    return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : undefined;
  } catch {
    return undefined;
  }
}

function saveSession(directLine) {
  if (directLine.conversationId && directLine.token) {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ conversationId: directLine.conversationId, token: directLine.token }));
  }
}

function userKey() {
  let key = localStorage.getItem(USER_KEY);
  if (!key) {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    key = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    localStorage.setItem(USER_KEY, key);
  }
  return key;
}

// --- Connecting -----------------------------------------------------------------------------------------

/**
 * The Direct Line connection the server's settings call for, resuming this tab's conversation when there is one.
 * A resumed conversation is read from its start (no watermark), so the whole transcript shows again after a reload.
 */
async function connect() {
  const config = await getJson('/api/web/config');
  const saved = readSession();
  if (config.mode === 'local') {
    const domain = location.origin + config.domain;
    const grant = saved ?? (await getJson(`${config.domain}/conversations`, { method: 'POST', body: JSON.stringify({ userKey: userKey() }) }));
    return { directLine: window.WebChat.createDirectLine({ domain, token: grant.token, conversationId: grant.conversationId, webSocket: false }), resumed: Boolean(saved) };
  }
  if (config.mode === 'azure') {
    if (saved) return { directLine: window.WebChat.createDirectLine({ domain: config.domain, token: saved.token, conversationId: saved.conversationId }), resumed: true };
    const grant = await getJson(config.tokenUrl, { method: 'POST', body: JSON.stringify({ userKey: userKey() }) });
    return { directLine: window.WebChat.createDirectLine({ token: grant.token, domain: config.domain }), userID: grant.userId, resumed: false };
  }
  throw new Error(config.message ?? 'The chat is not available right now.');
}

/** The static menu's choice made before Web Chat was ready; sent once it is. */
let pendingChoice;
let chat;

/**
 * Says hello on connect (Web Chat sends nothing until the user types), keeps the session's token current, hides the
 * static welcome once the bot's own shows, and forgets the user key when the bot confirms "forget me".
 */
function createStore(directLine) {
  return window.WebChat.createStore({}, ({ dispatch }) => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
      saveSession(directLine);
      dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: {} } });
      if (pendingChoice) dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: pendingChoice } });
      pendingChoice = undefined;
    }
    if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
      const { activity } = action.payload;
      saveSession(directLine);
      if (activity.type === 'event' && activity.name === FORGET_EVENT) localStorage.removeItem(USER_KEY);
      if (activity.type === 'message' && activity.from?.role === 'bot') welcomeBox.hidden = true;
    }
    return next(action);
  });
}

/** The stretch card's "Start 30 s" runs the hold timer here; every other button goes to Web Chat as usual. */
const cardActionMiddleware = () => (next) => (args) => {
  const timer = args.cardAction?.value?.holdTimer;
  if (timer && Number.isInteger(timer.seconds)) return void startHoldTimer(timer);
  return next(args);
};

/** On a narrow or short screen (a small phone, a phone on its side, an open keyboard, 200% zoom) the buttons take one
    scrolling row: wrapped rows of buttons would leave little room for the messages. */
const SMALL_SCREEN = window.matchMedia('(max-width: 360px), (max-height: 540px)');
const styleOptions = () => ({ ...STYLE_OPTIONS, suggestedActionLayout: SMALL_SCREEN.matches ? 'carousel' : 'flow' });
/** Web Chat is drawn again (same store, same conversation) when the screen changes size class. */
let redraw;
SMALL_SCREEN.addEventListener('change', () => redraw?.());

async function start() {
  if (!window.WebChat) {
    showStatus('Sorry, the chat could not load: its Web Chat script is missing on the server. If you run this server, run “npm install” (it downloads public/vendor/webchat.js) and reload.', true);
    return;
  }
  showStatus('Loading the chat…', false);
  welcomeBox.hidden = false;
  try {
    const { directLine, userID, resumed } = await connect();
    const store = createStore(directLine);
    const host = document.createElement('div');
    host.className = 'chat__webchat';
    host.id = 'webchat';
    document.getElementById('webchat').replaceWith(host);
    redraw = () =>
      window.WebChat.renderWebChat(
        { directLine, userID, store, styleOptions: styleOptions(), overrideLocalizedStrings: LOCALIZED_STRINGS, cardActionMiddleware, locale: 'en-US' },
        host,
      );
    redraw();
    chat = { directLine, store };
    // A tab restored after its conversation expired (or the server restarted) starts a new one.
    const watch = directLine.connectionStatus$.subscribe((status) => {
      if (status === 2) watch.unsubscribe();
      else if (resumed && status >= 3) {
        watch.unsubscribe();
        startOver();
      }
    });
    showStatus('', false);
  } catch (error) {
    showStatus(`Sorry, the chat could not start. ${error.message} Please reload the page in a minute.`, true);
  }
}

/** A new conversation: the old one ends, the transcript clears, the welcome comes again. */
function startOver() {
  sessionStorage.removeItem(SESSION_KEY);
  stopHoldTimer();
  chat?.directLine.end();
  chat = undefined;
  start();
}

// --- The static menu ------------------------------------------------------------------------------------

for (const button of document.querySelectorAll('#chat-menu button')) {
  button.addEventListener('click', () => {
    const text = button.textContent.trim();
    if (chat) chat.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } });
    else pendingChoice = text;
    welcomeBox.hidden = true;
  });
}
document.getElementById('start-over').addEventListener('click', startOver);

// --- The hold timer -----------------------------------------------------------------------------------

const timerBox = document.getElementById('hold-timer');
const timerCount = document.getElementById('hold-timer-count');
const timerNote = document.getElementById('hold-timer-note');
let timerInterval;

/** Counts down in the page (nothing goes to the bot): the number each second, the words at the start and the end. */
function startHoldTimer({ seconds, running, done }) {
  stopHoldTimer();
  let left = seconds;
  timerBox.hidden = false;
  timerCount.textContent = `${left} s`;
  timerNote.textContent = running;
  timerInterval = setInterval(() => {
    left -= 1;
    timerCount.textContent = `${left} s`;
    if (left <= 0) {
      clearInterval(timerInterval);
      timerNote.textContent = done;
    }
  }, 1000);
}

function stopHoldTimer() {
  clearInterval(timerInterval);
  timerBox.hidden = true;
}
document.getElementById('hold-timer-close').addEventListener('click', stopHoldTimer);

// Web Chat's bundle comes after this script (both deferred): start once it has run.
document.addEventListener('DOMContentLoaded', start);
