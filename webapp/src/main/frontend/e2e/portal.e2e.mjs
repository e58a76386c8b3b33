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

try {
  await step('the portal opens in Traditional Chinese and asks to sign in', async () => {
    await page.goto(`${base}/`);
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

  const unexpected = consoleErrors.filter((text) => !/status of 404/.test(text));
  assert.deepEqual(unexpected, [], 'no errors in the browser console (CSP, React)');
  console.log(`portal browser test: ${steps.length} steps passed; screenshots in ${shots}`);
} catch (e) {
  await shot('failure').catch(() => {});
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
