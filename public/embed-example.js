/* global document, window, location */
// The example host page's script (a separate file: the lab's pages allow no inline script).
// It embeds the lab twice, sizes each iframe to the height the lab reports, logs the lab's events
// and drives the first lab with the buttons. `?lab=URL` embeds a lab from another origin; other
// parameters (`motion`, `lang`, `preset`, `lesson`, `step`…, or `a.preset`, `b.lang`… for one of
// the two) pass through to the embeds.
const PROTOCOL = 'statefulset-lab';
const VERSION = 1;

const page = new URLSearchParams(location.search);
const labUrl = new URL(page.get('lab') ?? './', location.href);
const labOrigin = labUrl.origin;

/** Everything the labs said, per embed id, for people (the lists) and for tests (window.labEvents). */
const events = { a: [], b: [] };
window.labEvents = events;

const PASSED = ['lang', 'motion', 'preset', 'lesson', 'step', 'seed', 'script', 'panels', 'readonly', 'defer'];

function embedSrc(id, defaults) {
  // `allow` names the origin the embed accepts messages from (this page's, unless told otherwise).
  const q = new URLSearchParams({ embed: '1', id, origin: page.get('allow') ?? location.origin });
  for (const k of PASSED) {
    const v = page.get(`${id}.${k}`) ?? page.get(k) ?? defaults[k];
    if (v !== undefined && v !== null) q.set(k, v);
  }
  return `${labUrl.origin}${labUrl.pathname}?${q}`;
}

const frames = {
  a: document.getElementById('lab-a'),
  b: document.getElementById('lab-b'),
};
frames.a.src = embedSrc('a', { preset: 'web' });
frames.b.src = embedSrc('b', { preset: 'kubia', panels: 'picture,time,reasoning', readonly: '1' });

function send(id, message) {
  // Always name the lab's origin: a message posted to '*' could reach whatever the frame navigated to.
  frames[id].contentWindow.postMessage({ protocol: PROTOCOL, version: VERSION, ...message }, labOrigin);
}
window.sendToLab = send;

window.addEventListener('message', (e) => {
  if (e.origin !== labOrigin) return;
  const id = Object.keys(frames).find((k) => frames[k].contentWindow === e.source);
  const m = e.data;
  if (!id || typeof m !== 'object' || m === null || m.protocol !== PROTOCOL || m.version !== VERSION) return;
  events[id].push(m);
  if (m.type === 'resize' && Number.isFinite(m.height)) frames[id].style.height = `${Math.ceil(m.height)}px`;
  const li = document.createElement('li');
  li.textContent = JSON.stringify(m);
  const log = document.getElementById(`log-${id}`);
  log.append(li);
  log.scrollTop = log.scrollHeight;
});

for (const button of document.querySelectorAll('[data-send]')) {
  button.addEventListener('click', () => send('a', { type: button.dataset.send }));
}
document.getElementById('run-form').addEventListener('submit', (e) => {
  e.preventDefault();
  send('a', { type: 'run', command: document.getElementById('run-command').value });
});
