// Browser test of the portal against a running server (the EAR in the embedded profile), driven by
// playwright-core in Debian's Chromium. Run by portal-tests' PortalBrowserIT; alone:
//   BASE_URL=http://127.0.0.1:9080 SCREENSHOTS=/tmp/shots npm run e2e
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const base = process.env.BASE_URL ?? 'http://localhost:9080';
const shots = process.env.SCREENSHOTS ?? 'target/screenshots';
const stamp = Date.now().toString(36);
mkdirSync(shots, { recursive: true });

const steps = [];
async function step(name, run) {
  const started = Date.now();
  try {
    await run();
    steps.push(`  ok   ${name} (${Date.now() - started} ms)`);
    console.log(steps.at(-1));
  } catch (e) {
    console.log(`  FAIL ${name}`);
    throw e;
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-TW' });
const page = await context.newPage();
const consoleErrors = [];
page.on('console', (message) => {
  if (message.type() === 'error') consoleErrors.push(message.text());
});
const shot = (name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

// signs in through the identity provider's login page, from the portal's sign-in screen
async function signIn(user, button = 'Sign in') {
  // the portal's sign-out ends the portal's session only; the identity provider would sign the
  // previous user in again at once, so the next user starts without its cookies
  await context.clearCookies();
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(/login\.html|j_security_check|authorize/);
  await page.locator('#user').fill(user);
  await page.locator('#password').fill(`${user}-pass`);
  await page.locator('button[type=submit]').click();
  await page.getByTestId('user').waitFor();
}
let ticketPath = '';
const blur = () => page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());

try {
  await step('the portal opens in Traditional Chinese and asks to sign in', async () => {
    const response = await page.goto(`${base}/`);
    const csp = response.headers()['content-security-policy'] ?? '';
    const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    assert.equal(scripts.trim(), "'self'", `scripts from the portal's origin only, no inline script: ${csp}`);
    assert.match(csp, /object-src 'none'/);
    await page.getByRole('button', { name: '登入' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hant-TW');
  });

  await step('requester1 signs in through the identity provider\'s login page (code + PKCE)', async () => {
    await page.getByRole('button', { name: '登入' }).click();
    await page.waitForURL(/login\.html|j_security_check|authorize/);
    await page.locator('#user').fill('requester1');
    await page.locator('#password').fill('requester1-pass');
    await page.locator('button[type=submit]').click();
    await page.getByRole('heading', { name: '我的案件' }).waitFor();
    const user = await page.getByTestId('user').innerText();
    assert.match(user, /requester1|王小明/);
    assert.match(user, /申請人/);
    assert.ok(!page.url().includes('code='), 'the authorization code is not left in the address');
  });

  await step('the language switches to English and is remembered over a reload', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'My tickets' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'My tickets' }).waitFor();
    assert.match(await page.getByTestId('user').innerText(), /Requester/);
  });

  const subject = `VPN cannot connect ${stamp}`;
  await step('typing a subject shows matching knowledge articles (VPN)', async () => {
    await page.getByRole('button', { name: 'New ticket' }).click();
    await page.getByLabel('Subject').fill(subject);
    await page.getByTestId('suggestion').first().waitFor({ timeout: 15000 });
    await shot('new-ticket-suggestions-en');
  });

  await step('a suggested article opens over the form, which keeps what was typed', async () => {
    await page.getByTestId('suggestion').first().getByRole('button').click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('article-title').waitFor();
    assert.ok((await drawer.locator('.article-body').innerText()).length > 20, 'the article has a body');
    await page.waitForTimeout(500); // the drawer's slide-in, for the screenshot only
    await shot('suggested-article-en');
    await drawer.getByRole('button', { name: /close/i }).click();
    await drawer.waitFor({ state: 'hidden' });
    assert.equal(await page.getByLabel('Subject').inputValue(), subject);
  });

  await step('submitting opens the ticket and shows it', async () => {
    await page.getByLabel('Description').fill('Since this morning the VPN client says the certificate expired.');
    await page.getByRole('button', { name: 'Submit ticket' }).click();
    await page.getByTestId('ticket-title').filter({ hasText: subject }).waitFor();
    assert.match(page.url(), /\/tickets\/\d+$/);
    ticketPath = new URL(page.url()).pathname;
    await shot('ticket-en');
  });

  await step('the new ticket is in the list of my tickets, with its status', async () => {
    await page.getByRole('link', { name: 'My tickets' }).click();
    const row = page.getByTestId('ticket-row').filter({ hasText: subject });
    await row.waitFor();
    assert.match(await row.innerText(), /New|Open/);
    await shot('my-tickets-en');
  });

  await step('in Chinese, typing 印表機 suggests a printer article', async () => {
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { name: '我的案件' }).waitFor();
    await page.getByRole('button', { name: '提出新案件' }).click();
    await page.getByLabel('主旨').fill('印表機無法列印');
    await page.getByTestId('suggestion').filter({ hasText: '印表機' }).first().waitFor({ timeout: 15000 });
    await shot('new-ticket-suggestions-zh-TW');
  });

  await step('the knowledge base finds and shows articles', async () => {
    await page.getByRole('link', { name: '知識庫' }).click();
    await page.getByLabel('搜尋文章，例如：印表機、VPN').fill('VPN');
    await page.keyboard.press('Enter');
    await page.getByTestId('article-hit').first().waitFor({ timeout: 15000 });
    assert.ok((await page.locator('[data-testid=article-hit] mark').count()) > 0, 'matches are highlighted');
    await shot('knowledge-search-zh-TW');
    await page.getByTestId('article-hit').first().getByRole('link').click();
    await page.getByTestId('article-title').waitFor();
    await shot('article-zh-TW');
  });

  await step('an API error is shown as its localized problem detail', async () => {
    await page.goto(`${base}/tickets/987654321`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const zh = await alert.innerText();
    assert.match(zh, /[\u4e00-\u9fff]/, `a Chinese message: ${zh}`);
    await page.getByText('English', { exact: true }).click();
    await page.reload();
    await alert.waitFor();
    const en = await alert.innerText();
    assert.notEqual(en, zh);
    assert.match(en, /[A-Za-z]{3}/);
  });

  await step('signing out returns to the sign-in page', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });


  const note = `Internal: @陳志豪 please check the VPN gateway certificate ${stamp}`;
  const reply = `Please reinstall the VPN profile from the portal ${stamp}`;
  await step('agent1 finds the new ticket in the unassigned queue (j/k and o open it)', async () => {
    await signIn('agent1');
    await page.getByRole('link', { name: 'Agent workspace' }).click();
    await page.getByRole('heading', { name: 'Work queues' }).waitFor();
    await page.getByRole('button', { name: 'Unassigned' }).click();
    await page.getByTestId('queue-row').filter({ hasText: subject }).waitFor();
    await page.getByLabel('Filter by subject, number or person').fill(stamp);
    await page.getByTestId('queue-row').first().filter({ hasText: subject }).waitFor();
    await blur(); // leave the filter: shortcuts do not fire while typing
    await page.keyboard.press('?');
    await page.getByTestId('shortcut-help').waitFor();
    await shot('agent-queue-en');
    await page.keyboard.press('?');
    await page.keyboard.press('o');
    await page.getByTestId('ticket-title').filter({ hasText: subject }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/agent${ticketPath}`);
  });

  await step('the agent writes an internal note (n) with an @mention and a public reply (r)', async () => {
    await page.keyboard.press('n');
    const composer = page.getByTestId('composer');
    await composer.locator('textarea').fill(note);
    await composer.getByRole('tab', { name: 'Preview' }).click();
    await composer.locator('.mention').filter({ hasText: '@陳志豪' }).waitFor();
    await composer.getByRole('button', { name: 'Add internal note' }).click();
    const noted = page.locator('[data-testid=comment][data-internal=true]').filter({ hasText: note });
    await noted.waitFor();
    assert.match(await noted.innerText(), /Internal note/, 'an internal note is labelled, not only coloured');
    await blur();
    await page.keyboard.press('r');
    await composer.locator('textarea').fill(reply);
    await composer.getByRole('button', { name: 'Send reply' }).click();
    await page.locator('[data-testid=comment][data-internal=false]').filter({ hasText: reply }).waitFor();
  });

  await step('the agent takes the ticket and opens it; only the workflow\'s moves are offered', async () => {
    await page.getByRole('button', { name: 'Take' }).click();
    await page.getByRole('button', { name: 'Release' }).waitFor();
    const moves = await page.getByTestId('status-actions').getByRole('button').allInnerTexts();
    assert.deepEqual(moves.filter((m) => m.startsWith('Move to')), ['Move to Open', 'Move to Pending…', 'Move to Resolved…']);
    await page.getByRole('button', { name: 'Move to Open' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=status-actions]')?.textContent?.includes('Move to Open'));
    await page.getByTestId('status-actions').getByRole('button', { name: 'Move to Pending…' }).waitFor();
  });

  await step('a save over someone else\'s change (412) shows both and re-applies only on request', async () => {
    await page.locator('#tk-priority').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'P1 Critical' }).click();
    // another agent tags the ticket meanwhile, with the current version
    const status = await page.evaluate(async (path) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const token = JSON.parse(sessionStorage.getItem(key)).access_token;
      const url = `/api/ticket${path}`;
      const current = await (await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).json();
      const answer = await fetch(url, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${token}`, 'If-Match': `"${current.version}"`, 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify({ tags: ['vpn-e2e'] }),
      });
      return answer.status;
    }, ticketPath);
    assert.equal(status, 200);
    await page.getByTestId('save-properties').click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Someone else changed this ticket' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    assert.match(text, /vpn-e2e/, 'the other change is shown');
    assert.match(text, /P1 Critical/, 'my change is shown');
    await page.waitForTimeout(500); // the dialog's zoom-in, for the screenshot only
    await shot('agent-conflict-en');
    await dialog.getByRole('button', { name: 'Re-apply my changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const header = await page.locator('main, .ant-layout-content').first().innerText();
    assert.match(header, /P1 Critical/);
    assert.match(header, /#vpn-e2e/, 'the other agent\'s tag was kept');
  });

  await step('the agent ticket page in English and in Chinese, and its history (h)', async () => {
    await blur();
    await page.keyboard.press('h');
    await page.getByTestId('history').getByText('Priority').first().waitFor();
    await shot('agent-history-en');
    await page.getByRole('tab', { name: 'Conversation' }).click();
    await page.locator('[data-testid=comment][data-internal=true]').filter({ hasText: note }).waitFor();
    await shot('agent-ticket-en');
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('button', { name: '釋出案件' }).waitFor();
    assert.match(await page.locator('[data-testid=comment][data-internal=true]').filter({ hasText: note }).innerText(), /內部備註/);
    await shot('agent-ticket-zh-TW');
    await page.getByText('English', { exact: true }).click();
  });

  await step('resolving asks for the resolution note', async () => {
    await page.getByRole('button', { name: 'Move to Resolved…' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Move to Resolved' });
    await dialog.waitFor();
    assert.equal(await dialog.getByRole('button', { name: 'Move' }).isDisabled(), true, 'no resolution, no move');
    await dialog.getByLabel('Resolution').fill(`Reinstalled the VPN profile ${stamp}`);
    await dialog.getByRole('button', { name: 'Move' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('status-actions').getByRole('button', { name: 'Move to Closed' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  await step('the requester sees the public reply and not the internal note', async () => {
    await signIn('requester1');
    await page.goto(`${base}${ticketPath}`);
    await page.getByTestId('comment').filter({ hasText: reply }).waitFor();
    const conversation = await page.locator('main, .ant-layout-content').first().innerText();
    assert.ok(!conversation.includes(note), 'no internal note for the requester');
    assert.ok(!conversation.includes('Internal note'));
    assert.equal(await page.locator('[data-testid=comment][data-internal=true]').count(), 0);
    await shot('requester-ticket-en');
  });

  await step('the requester reopens the resolved ticket and replies', async () => {
    await page.getByText('Is your problem solved?').waitFor();
    await page.getByTestId('requester-moves').getByRole('button', { name: 'Reopen' }).click();
    await page.locator('.ant-popconfirm-buttons').getByRole('button', { name: 'Reopen' }).click();
    await page.getByTestId('requester-moves').waitFor({ state: 'detached' });
    await page.locator('.ant-descriptions').getByText('Open', { exact: true }).waitFor();
    await page.getByLabel('Your reply').fill(`It works again, thank you ${stamp}`);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByTestId('comment').filter({ hasText: `thank you ${stamp}` }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  // 404: the unknown ticket of the error step; 412: the conflict step's stale save, as intended
  const unexpected = consoleErrors.filter((text) => !/status of (404|412)/.test(text));
  assert.deepEqual(unexpected, [], 'no errors in the browser console (CSP, React)');
  console.log(`portal browser test: ${steps.length} steps passed; screenshots in ${shots}`);
} catch (e) {
  await shot('failure').catch(() => {});
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
