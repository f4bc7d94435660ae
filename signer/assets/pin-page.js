// The signing agent's PIN prompt. It runs on the agent's own origin (http://127.0.0.1:<port>), in a
// pop-up the bank page opened: the bank page's script cannot read this window, and the PIN goes
// from here straight to the agent, which tries it on the token and answers with the token's verdict.
const data = JSON.parse(document.getElementById('prompt-data').textContent);
const form = document.getElementById('pin-form');
const status = document.getElementById('status');
const countdown = document.getElementById('countdown');
const cancelButton = document.getElementById('cancel');
const controls = () => [...form.querySelectorAll('input, button')];

function show(message, kind) {
  status.textContent = message;
  status.className = kind ?? '';
}

function finish(message, kind) {
  show(message, kind);
  for (const control of controls()) control.disabled = true;
  clearInterval(ticker);
}

async function base64Of(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
  });
  return response.json();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const value = (name) => form.elements.namedItem(name)?.value;
  if (value('newPinRepeat') !== undefined && value('newPin') !== value('newPinRepeat')) {
    show(data.texts.mismatch, 'error');
    return;
  }
  const entry = {};
  for (const name of ['pin', 'soPin', 'newPin', 'password']) {
    if (value(name) !== undefined) entry[name] = value(name);
  }
  // A key file goes to the agent (this page's own origin) and nowhere else.
  const keyFile = form.elements.namedItem('keyFile')?.files?.[0];
  if (keyFile) entry.keyFile = await base64Of(keyFile);
  const confirmation = form.elements.namedItem('confirmation');
  if (confirmation) entry.confirmation = confirmation.checked;
  // Several certificates fit: the one the user picked (the radio buttons are required).
  if (form.querySelector('input[name=choice]')) entry.choice = Number(value('choice'));
  // The PIN leaves the fields as soon as it is sent: nothing stays in the page.
  for (const input of form.querySelectorAll('input[type=password]')) input.value = '';
  for (const control of controls()) control.disabled = true;
  show(data.texts.checking);
  let reply;
  try {
    reply = await post(location.pathname, entry);
  } catch {
    finish(data.texts.expired, 'error');
    return;
  }
  if (reply.outcome === 'accepted') {
    finish(reply.message, 'done');
    setTimeout(() => window.close(), 1500);
  } else if (reply.outcome === 'retry' || reply.outcome === 'busy') {
    for (const control of controls()) control.disabled = false;
    show(reply.message, 'error');
    form.querySelector('input')?.focus();
  } else {
    finish(reply.message, 'error');
  }
});

cancelButton.addEventListener('click', async () => {
  finish(data.texts.cancelled);
  await post(`${location.pathname}/cancel`, {}).catch(() => undefined);
  window.close();
});

function tick() {
  const seconds = Math.max(0, Math.round((data.deadline - Date.now()) / 1000));
  countdown.textContent = data.texts.secondsLeft.replace('{s}', String(seconds));
  if (seconds === 0) finish(data.texts.expired, 'error');
}
const ticker = setInterval(tick, 1000);
tick();
