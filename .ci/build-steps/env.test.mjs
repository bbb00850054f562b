// The scripts' shared settings start on a bare machine: no cargo registry yet, nothing fetched.
// (Sourced under `set -euo pipefail`, a failed `ls` of the registry once stopped every README
// command with exit status 2 and no message.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceEnv(cargoHome) {
  return spawnSync('bash', ['-c', 'set -euo pipefail; source .ci/env; echo "flags: $CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS"'], {
    cwd: root,
    env: { ...process.env, CARGO_HOME: cargoHome },
    encoding: 'utf8',
  });
}

test('.ci/env starts with an empty CARGO_HOME', () => {
  const bare = mkdtempSync(join(tmpdir(), 'bare-cargo-'));
  try {
    const run = sourceEnv(bare);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /flags: --cfg erase_components/);
    assert.doesNotMatch(run.stdout, /remap-path-prefix=\/?=c/, 'no registry, no registry path to shorten');
  } finally {
    rmSync(bare, { recursive: true, force: true });
  }
});

test('.ci/env shortens the registry path once a registry exists', () => {
  const home = mkdtempSync(join(tmpdir(), 'cargo-home-'));
  try {
    spawnSync('mkdir', ['-p', join(home, 'registry/src/index.example-1/')]);
    const run = sourceEnv(home);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`--remap-path-prefix=${home}/registry/src/index.example-1=c`));
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
