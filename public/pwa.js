// Page-side glue of the PWA, put before the loader by the post-build step, so that it listens before
// the WebAssembly is awaited. It talks to the Rust app through DOM attributes (read at start) and
// window events (sent later):
//   data-nouvelle-version / "nouvelle-version"   a new version is installed and waits
//   data-installable / "installable"              the browser offers to install the app
//   data-astuce-ios                               iOS Safari, not installed: show the share-sheet hint
//   "appliquer-nouvelle-version" (from the app)   the doctor accepted: activate it, then reload
//   "installer" (from the app)                    the doctor tapped "Installer"
const root = document.documentElement;
// Written by the post-build step: where the site is served from ("/" or "/un/chemin/").
const PUBLIC_URL = '__PUBLIC_URL__';
const tell = (name) => {
  root.dataset[name.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = '1';
  window.dispatchEvent(new Event(name));
};

if ('serviceWorker' in navigator) {
  let accepted = false;
  // Registered once the page has loaded: installing precaches every file, which on a slow phone
  // would otherwise share the line with the WebAssembly the doctor is waiting for.
  const loaded = new Promise((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', resolve, { once: true });
  });
  loaded
    .then(() => navigator.serviceWorker.register(`${PUBLIC_URL}sw.js`, { scope: PUBLIC_URL }))
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) tell('nouvelle-version');
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) tell('nouvelle-version');
        });
      });
      // A doctor may keep the app open for days: look for a new version now and then.
      setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
    })
    .catch(() => {});
  window.addEventListener('appliquer-nouvelle-version', () => {
    accepted = true;
    navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting?.postMessage('appliquer-mise-a-jour'));
  });
  // The first install also changes the controller: reload only when the doctor asked for it.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
}

let installPrompt = null;
window.addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  installPrompt = event;
  tell('installable');
});
window.addEventListener('installer', () => {
  installPrompt?.prompt();
  installPrompt = null;
});
window.addEventListener('appinstalled', () => {
  delete root.dataset.installable;
  window.dispatchEvent(new Event('installee'));
});
// iOS Safari, not opened from the home screen (navigator.standalone is Safari's own flag; the media
// query covers the rest): the hint explains the share sheet, the only way to install there.
const ios = /iphone|ipad|ipod/i.test(navigator.userAgent) && !/crios|fxios/i.test(navigator.userAgent);
const installed = navigator.standalone === true || matchMedia('(display-mode: standalone)').matches;
if (ios && !installed) root.dataset.astuceIos = '1';

// Printing (or saving as PDF) shows the folded conditions, answers and sources, then folds them back.
const folded = 'details.conditions, details.answers-block, details.engagement, details.rules, details.years';
let opened = [];
window.addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll(folded)].filter((d) => !d.open);
  opened.forEach((d) => { d.open = true; });
});
window.addEventListener('afterprint', () => opened.forEach((d) => { d.open = false; }));
