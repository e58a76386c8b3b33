// Browser test of the editors', reviewers' and admins' areas against a running server (the EAR in
// the embedded profile), driven by playwright-core in Debian's Chromium, with axe accessibility
// checks. Run by portal-tests' PortalEditorAdminIT; alone:
//   BASE_URL=http://localhost:9080 SCREENSHOTS=/tmp/shots node e2e/editor-admin.e2e.mjs
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
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
const consoleErrors = [];
const pages = [];

/** A fresh browser context (its own cookies and session storage) signed in as `user`, in English. */
async function signIn(user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  pages.push(page);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${user}: ${message.text()}`);
  });
  await page.goto(`${base}/`);
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/login\.html|j_security_check|authorize/);
  await page.locator('#user').fill(user);
  await page.locator('#password').fill(`${user}-pass`);
  await page.locator('button[type=submit]').click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

async function language(page, name) {
  await page.getByText(name, { exact: true }).click();
}

const shot = (page, name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

/** axe on the page as it is: no serious or critical violations (WCAG 2.1 A and AA rules). */
const axeReport = [];
async function accessible(page, name) {
  await page.mouse.move(2, 2); // no hover state (a hovered button is lighter for a moment)
  await page.waitForTimeout(400); // let transitions settle: axe reads computed colours
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  axeReport.push({ page: name, violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })) });
  const details = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`).join('\n');
  assert.equal(bad.length, 0, `axe on ${name}:\n${details}`);
}

const title = `Reset the VPN certificate ${stamp}`;
let articleId;

try {
  const editor = await signIn('editor1');

  await step('an editor writes a new article with a live Markdown preview', async () => {
    await editor.getByRole('link', { name: 'Editor', exact: true }).click();
    await editor.getByRole('heading', { name: 'Article editor' }).waitFor();
    await accessible(editor, 'editor desk');
    await editor.getByRole('button', { name: 'New article' }).click();
    await editor.getByLabel('Title', { exact: true }).fill(title);
    await editor.getByLabel('Summary', { exact: true }).fill('When the VPN client says the certificate expired.');
    await editor.getByRole('textbox', { name: 'Body (Markdown)' }).fill('## Steps\n\n1. Open **VPN settings**\n2. Choose *Renew certificate*\n\n<script>alert(1)</script>');
    const preview = editor.getByTestId('preview');
    await preview.getByRole('heading', { name: 'Steps' }).waitFor();
    assert.equal(await preview.locator('strong').innerText(), 'VPN settings');
    assert.equal(await preview.locator('script').count(), 0, 'raw HTML is not rendered');
    await editor.getByRole('button', { name: 'Create draft' }).click();
    await editor.waitForURL(/\/knowledge\/editor\/\d+$/);
    articleId = editor.url().match(/(\d+)$/)[1];
    await editor.getByTestId('article-status').filter({ hasText: 'Draft' }).waitFor();
  });

  await step('a second save is a new revision; the revisions tab shows the two side by side', async () => {
    await editor.getByRole('textbox', { name: 'Body (Markdown)' }).fill('## Steps\n\n1. Open **VPN settings**\n2. Choose *Renew certificate*\n3. Reconnect');
    await editor.getByLabel('Change note').fill('add the reconnect step');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.getByText('Revision 2', { exact: true }).first().waitFor();
    await editor.getByRole('tab', { name: 'Revisions' }).click();
    const after = editor.getByTestId('diff-after').last();
    await after.waitFor();
    await after.locator('ins', { hasText: 'Reconnect' }).first().waitFor();
    assert.match(await editor.getByTestId('diff-before').last().innerText(), /Renew certificate/);
    await shot(editor, 'editor-revisions-en');
    await editor.getByRole('tab', { name: 'Write' }).click();
    await shot(editor, 'editor-en');
    await accessible(editor, 'article editor');
  });

  await step('an image uploaded through the attachments API goes into the Markdown and the preview', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await editor.locator('input[type=file]').setInputFiles({ name: 'vpn-settings.png', mimeType: 'image/png', buffer: png });
    await editor.waitForFunction(() => /!\[vpn-settings\.png\]\(\/api\/knowledge\/articles\/\d+\/attachments\/\d+\)/.test(document.querySelector('textarea#article-editor_body')?.value ?? ''));
    await editor.getByTestId('preview').locator('img[alt="vpn-settings.png"][src^="data:image/png"]').waitFor();
    // readers' pages load images without the token (decision 0019): this article goes out without it
    await editor.getByRole('textbox', { name: 'Body (Markdown)' }).fill('## Steps\n\n1. Open **VPN settings**\n2. Choose *Renew certificate*\n3. Reconnect\n4. Done');
  });

  await step('the author submits it for review and cannot approve it (four eyes)', async () => {
    await editor.getByRole('button', { name: 'Submit for review' }).click();
    await editor.getByTestId('article-status').filter({ hasText: 'In review' }).waitFor();
    // the unsaved last line was saved first, as revision 3
    await editor.getByText('Revision 3', { exact: true }).first().waitFor();
    await editor.getByRole('tab', { name: 'Review' }).click();
    await editor.getByTestId('four-eyes').waitFor();
    assert.equal(await editor.getByRole('button', { name: 'Approve and publish' }).count(), 0);
    // and the server says the same, in the UI language, if asked anyway
    const token = await editor.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user'));
      return JSON.parse(sessionStorage.getItem(key)).access_token;
    });
    const article = await (await editor.request.get(`${base}/api/knowledge/articles/${articleId}`, { headers: { Authorization: `Bearer ${token}` } })).json();
    const refused = await editor.request.post(`${base}/api/knowledge/articles/${articleId}/approve`, {
      headers: { Authorization: `Bearer ${token}`, 'If-Match': `"${article.version}"`, 'Content-Type': 'application/json' },
      data: {},
    });
    assert.equal(refused.status(), 403, 'the author approving is forbidden');
    await language(editor, '中文');
    await editor.getByRole('tab', { name: '撰寫' }).click();
    await shot(editor, 'editor-zh-TW');
    await accessible(editor, 'article editor (zh-TW)');
  });

  const admin = await signIn('admin1');

  await step('a second editor (admin1) finds it in the review queue and approves it', async () => {
    await admin.getByRole('link', { name: 'Editor', exact: true }).click();
    await admin.getByRole('tab', { name: 'Review queue' }).click();
    const row = admin.getByTestId('review-queue-row').filter({ hasText: title });
    await row.waitFor();
    await shot(admin, 'review-queue-en');
    await accessible(admin, 'review queue');
    await language(admin, '中文');
    await admin.getByRole('tab', { name: '待審佇列' }).waitFor();
    await shot(admin, 'review-queue-zh-TW');
    await language(admin, 'English');
    await row.getByRole('link').click();
    await admin.getByTestId('review-panel').waitFor();
    assert.equal(await admin.getByTestId('four-eyes').count(), 0);
    await shot(admin, 'review-en');
    await admin.getByRole('button', { name: 'Approve and publish' }).click();
    await admin.getByTestId('article-status').filter({ hasText: 'Published' }).waitFor();
  });

  await step('the published article is readable by a requester, who can say it helped', async () => {
    const requester = await signIn('requester1');
    await requester.goto(`${base}/knowledge/articles/${articleId}`);
    await requester.getByTestId('article-title').filter({ hasText: title }).waitFor();
    assert.match(await requester.locator('.article-body').innerText(), /Reconnect[\s\S]*Done/);
    await accessible(requester, 'article page');
    await requester.getByRole('button', { name: 'Yes' }).click();
    await requester.getByRole('button', { name: 'Send feedback' }).click();
    await requester.getByTestId('feedback-thanks').waitFor();
    await requester.getByRole('link', { name: 'Knowledge base' }).first().click();
    await requester.getByRole('heading', { name: 'Knowledge base' }).waitFor();
    await accessible(requester, 'knowledge home');
  });

  await step('the admin reindexes the tickets search and sees the progress reach 100 %', async () => {
    await admin.getByRole('link', { name: 'Admin', exact: true }).click();
    await admin.getByRole('heading', { name: 'Administration' }).waitFor();
    await accessible(admin, 'admin: groups');
    await admin.getByRole('tab', { name: 'Search reindex' }).click();
    const polls = [];
    admin.on('response', (response) => {
      if (response.url().endsWith('/api/ticket/search/reindex')) polls.push(response.request().method());
    });
    // a run at start-up may have completed already: follow this run, from its POST to a GET that says it is complete
    const isReindex = (response, method) => response.url().endsWith('/api/ticket/search/reindex') && response.request().method() === method;
    const [started] = await Promise.all([
      admin.waitForResponse((response) => isReindex(response, 'POST')),
      admin.getByRole('button', { name: /Start reindex|Resume reindex/ }).click(),
    ]);
    assert.equal(started.status(), 202, await started.text());
    await admin.waitForResponse(async (response) => isReindex(response, 'GET') && (await response.json()).state === 'COMPLETED', { timeout: 60000 });
    await admin.getByTestId('reindex-state').filter({ hasText: 'Completed' }).waitFor();
    const bar = admin.getByRole('progressbar');
    assert.equal(await bar.getAttribute('aria-valuenow'), '100');
    const count = await admin.getByTestId('reindex-count').innerText();
    const [, done, total] = count.match(/(\d+) of (\d+)/);
    assert.equal(done, total, count);
    assert.ok(polls.includes('POST'), 'started with POST');
    await admin.mouse.move(2, 2);
    await admin.waitForTimeout(800); // the bar's fill animation, for the screenshot only
    await shot(admin, 'admin-reindex-en');
    await accessible(admin, 'admin: reindex');
    for (const tab of ['Categories', 'Dead letters', 'Knowledge gaps']) {
      await admin.getByRole('tab', { name: tab }).click();
      await admin.waitForTimeout(500);
      await accessible(admin, `admin: ${tab}`);
    }
    await shot(admin, 'admin-gaps-en');
  });

  await step('the dashboard shows the ticket charts in both languages', async () => {
    await admin.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await admin.getByTestId('chart-status').locator('canvas').waitFor();
    await admin.getByTestId('chart-days').locator('canvas').waitFor();
    await admin.waitForTimeout(500);
    await shot(admin, 'dashboard-en');
    await accessible(admin, 'dashboard');
    await language(admin, '中文');
    await admin.getByRole('heading', { name: '儀表板' }).waitFor();
    await admin.waitForTimeout(500);
    await shot(admin, 'dashboard-zh-TW');
  });

  await step('a requester gets neither the editor, the admin area nor the dashboard in the menu', async () => {
    const requester = pages.at(-1);
    for (const name of ['Editor', 'Admin', 'Dashboard']) {
      assert.equal(await requester.getByRole('link', { name, exact: true }).count(), 0, name);
    }
  });

  const unexpected = consoleErrors.filter((text) => !/status of 40[34]/.test(text));
  assert.deepEqual(unexpected, [], 'no errors in the browser console (CSP, React)');
  console.log(`editor/admin browser test: ${steps.length} steps passed; screenshots in ${shots}`);
} catch (e) {
  for (const [i, page] of pages.entries()) await shot(page, `failure-editor-admin-${i}`).catch(() => {});
  console.error(e);
  process.exitCode = 1;
} finally {
  writeFileSync(`${shots}/axe-report.json`, JSON.stringify(axeReport, null, 2));
  await browser.close();
}
