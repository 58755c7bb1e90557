// Starts Web Chat on the page: asks the server which Direct Line to use, says hello on connect, shows errors in words.
'use strict';

const ACCENT = '#0E7C86';

/** Web Chat's look: the product's teal, our avatar, buttons that wrap on narrow screens, no file uploads (text only). */
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
  suggestedActionLayout: 'flow',
  suggestedActionBorderRadius: 18,
  suggestedActionBorderColor: ACCENT,
  suggestedActionTextColor: ACCENT,
  sendBoxButtonColor: ACCENT,
  sendBoxButtonColorOnHover: '#0A5F66',
  hideUploadButton: true,
  rootHeight: '100%',
  rootWidth: '100%',
  primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};

const statusBox = document.getElementById('chat-status');

function showStatus(message, isError) {
  statusBox.textContent = message;
  statusBox.hidden = !message;
  statusBox.classList.toggle('chat__status--error', Boolean(isError));
}

async function getJson(url, init) {
  const response = await fetch(url, { ...init, headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  return body;
}

/** The Direct Line connection the server's settings call for: the local endpoint, or Azure's with a fresh token. */
async function connect() {
  const config = await getJson('/api/web/config');
  if (config.mode === 'local') {
    return { directLine: window.WebChat.createDirectLine({ domain: location.origin + config.domain, webSocket: false }) };
  }
  if (config.mode === 'azure') {
    const grant = await getJson(config.tokenUrl, { method: 'POST' });
    return { directLine: window.WebChat.createDirectLine({ token: grant.token, domain: config.domain }), userID: grant.userId };
  }
  throw new Error(config.message ?? 'The chat is not available right now.');
}

/** Web Chat sends nothing until the user types; this event makes the assistant say hello as soon as the page connects. */
function createStore() {
  return window.WebChat.createStore({}, ({ dispatch }) => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
      dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: {} } });
    }
    return next(action);
  });
}

async function main() {
  if (!window.WebChat) {
    showStatus('Sorry, the chat could not load: its Web Chat script is missing on the server. If you run this server, run “npm install” (it downloads public/vendor/webchat.js) and reload.', true);
    return;
  }
  try {
    const { directLine, userID } = await connect();
    window.WebChat.renderWebChat(
      { directLine, userID, store: createStore(), styleOptions: STYLE_OPTIONS },
      document.getElementById('webchat'),
    );
    showStatus('', false);
  } catch (error) {
    showStatus(`Sorry, the chat could not start. ${error.message} Please reload the page in a minute.`, true);
  }
}

main();
