// A W3C WebDriver client, as small as the smoke tests in other engines
// need (engines.test.mjs): Playwright cannot drive Debian's Firefox ESR or
// WebKitGTK, and these few commands of the standard are all the tests use.
// Drivers: geckodriver (cargo install) for firefox-esr, and WebKitWebDriver
// (webkit2gtk-driver) for WebKitGTK's MiniBrowser under xvfb-run.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForPort } from './harness.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines, each with how to start its driver and a session in it. */
export const ENGINES = {
  firefox: {
    name: 'Firefox ESR',
    driver: () => [[join(homedir(), '.cargo/bin/geckodriver'), 'geckodriver'].find(existsSync) ?? 'geckodriver'],
    args: (port) => ['--host', '127.0.0.1', '--port', String(port)],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        // Nothing but the site under test: no update, telemetry, safe
        // browsing or captive-portal checks (this machine's network refuses them).
        prefs: {
          'app.update.disabledForTesting': true,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'toolkit.telemetry.enabled': false,
          'intl.accept_languages': 'en-US, en',
        },
      },
    },
  },
  webkit: {
    name: 'WebKit (WebKitGTK MiniBrowser)',
    // MiniBrowser's --headless hangs here: a virtual X display instead.
    driver: () => ['xvfb-run', '-a', 'WebKitWebDriver'],
    args: (port) => [`--port=${port}`],
    capabilities: {
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  },
};

/** Starts the engine's driver on a free port; `close()` stops it. */
export async function startDriver(engine) {
  const [command, ...first] = engine.driver();
  const port = await freePort();
  const child = spawn(command, [...first, ...engine.args(port)], { stdio: 'ignore', detached: true });
  await waitForPort(
    port,
    child,
    async (error) => `${command} did not start: ${error?.message ?? `exit ${child.exitCode}, or no port ${port} in 30 s`}`,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      // The whole group: xvfb-run's X server and the browser too.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
    },
  };
}

/** One browser session over WebDriver. */
export class Session {
  constructor(driverUrl, id) {
    this.base = `${driverUrl}/session/${id}`;
  }

  static async create(driverUrl, capabilities) {
    const value = await command('POST', `${driverUrl}/session`, { capabilities: { alwaysMatch: capabilities } });
    return new Session(driverUrl, value.sessionId);
  }

  goto(url) {
    return command('POST', `${this.base}/url`, { url });
  }

  /** Runs `body` (a function's source text, called with `args`) in the page. */
  run(body, ...args) {
    return command('POST', `${this.base}/execute/sync`, { script: `return (${body})(...arguments);`, args });
  }

  /** Waits until `body` returns a truthy value in the page, and returns it:
   *  the state is polled, never assumed after a delay. */
  async waitFor(body, { timeout = 30_000, what = body, args = [] } = {}) {
    const until = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.run(body, ...args);
        if (last) return last;
      } catch (error) {
        last = error.message; // the page is between documents
      }
      if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  async click(selector) {
    const found = await command('POST', `${this.base}/element`, { using: 'css selector', value: selector });
    const id = Object.values(found)[0];
    return command('POST', `${this.base}/element/${id}/click`, {});
  }

  /** Types `text` into the element, key by key, as a visitor would. */
  async type(selector, text) {
    const found = await command('POST', `${this.base}/element`, { using: 'css selector', value: selector });
    const id = Object.values(found)[0];
    return command('POST', `${this.base}/element/${id}/value`, { text });
  }

  url() {
    return command('GET', `${this.base}/url`);
  }

  close() {
    return command('DELETE', this.base).catch(() => {});
  }
}

async function command(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const { error, message } = answer.value ?? {};
    throw new Error(`WebDriver ${method} ${new URL(url).pathname}: ${error ?? response.status}: ${message ?? ''}`);
  }
  return answer.value;
}
