// Service worker. The post-build step (.ci/post-build.mjs) writes this build's id and its hashed
// files below, so every build gets its own cache and precaches exactly its own app shell.
const BUILD = '__BUILD_ID__';
const PRECACHE = __PRECACHE__;
const PREFIX = 'assistant-medical-';
const CACHE = PREFIX + BUILD;
const SHELL = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // No skipWaiting: a new version waits until the doctor accepts to reload, never mid-simulation.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'appliquer-mise-a-jour') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // A page of the site (the barème, « Et ensuite ? ») is served as itself; the app's address, whatever
    // its query (?reinitialiser) or fragment (a shared link), gets this build's shell; any other
    // address goes to the network (the host's 404 page), or to the shell when offline.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const page = await cache.match(request, { ignoreSearch: true });
        if (page) return page;
        const path = new URL(request.url).pathname;
        const scope = new URL(self.registration.scope).pathname;
        const shell = await cache.match(SHELL);
        if (path === scope && shell) return shell;
        return fetch(request).catch(() => shell ?? Response.error());
      }),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});
