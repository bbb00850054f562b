// Debian's Chromium, launched one way for every test and measurement script (tests/e2e and .ci/):
// one list of flags, so that none of them reaches Google on this closed network and all behave
// alike. No test framework here: the .ci scripts import it as well.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Without the background-networking flags, Chromium keeps calling Google's hosts (refused here).
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium through playwright-core, trusting the host's certificate authority when given one. */
export function launchChromium(host, extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...(host?.chromiumArgs ?? []), ...extraArgs] });
}

/** A persistent profile (installability needs one) at the given device settings. */
export function launchChromiumProfile(folder, host, device) {
  return chromium.launchPersistentContext(folder, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, ...(host?.chromiumArgs ?? [])],
    ...device,
  });
}
