import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASSESSORS, DEMO_SITE } from '../../shared/demo/site';
import { createAssessment, launchApp, type AppSession } from './harness';
import { stepsOfOneStory } from './story';

const MARKING = 'TLP:AMBER';
const SITE_REPRESENTATIVE = 'Miriam Keller';
const PASSPHRASE = 'Riverside-2026!';
const SIGNER = DEMO_ASSESSORS[0]!;

/** Runs one of the independent checking tools; its output whatever its exit status, which the caller asserts. */
function tool(command: string, args: string[]): { status: number | null; out: string } {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** The Reports screen on the sample assessment: options, a certificate made in the app, the signed PDF and the workbook. */
describe('reports in Chromium', () => {
  // One story: signing uses the certificate an earlier step made, and the file checks read what it saved.
  stepsOfOneStory();
  let app: AppSession;
  let pdfPath: string;
  let shownPages: number;
  let fingerprint: string;

  beforeAll(async () => {
    app = await launchApp();
    await app.page.getByRole('button', { name: 'Open sample' }).click();
    await app.page.getByTestId('open-assessment-name').filter({ hasText: DEMO_SITE }).waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  const options = () => app.page.getByRole('form', { name: 'Report options' });
  const notice = (kind: 'status' | 'alert', text: string | RegExp) => app.page.getByRole(kind).filter({ hasText: text });

  it('opens with Alt+6 on the options, the asset count beside the appendix, and takes a logo', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+6');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Reports');
    await options().waitFor();
    await expect.poll(() => options().getByLabel('Title *').inputValue()).toBe('IEC 62443-2-1 CSMS assessment report');
    const appendix = options().getByRole('checkbox', { name: /Appendix: full asset list/ });
    await expect.poll(() => appendix.isChecked()).toBe(false);
    await expect.poll(() => options().getByText(/Appendix: full asset list/).textContent()).toContain('295 assets');

    await options().getByLabel('Marking').fill(MARKING);
    await options().getByLabel('Site representative', { exact: true }).fill(SITE_REPRESENTATIVE);
    await options().getByLabel('Distribution list').fill('Miriam Keller, Head of production\nRiverside Water Authority CISO');

    // An image over the limit is refused with its size; a real PNG (a piece of this very screen) is taken.
    const logoInput = options().getByLabel('Logo: choose a PNG or JPEG image');
    await logoInput.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(3 * 1024 * 1024) });
    await expect.poll(() => options().getByRole('alert').textContent()).toBe('“huge.png” is too large (3 MB): images can be up to 2 MB.');
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 240, height: 60 } });
    await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => options().getByRole('img', { name: 'Logo: the chosen image' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
    await expect.poll(() => options().getByRole('alert').count()).toBe(0);
    await app.screenshot('71-reports-options');
  });

  it('creates a self-signed certificate through the form, with the first assessor’s name proposed', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Create self-signed certificate…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a self-signed certificate' });
    await expect.poll(() => dialog.getByLabel('Name *').inputValue()).toBe(SIGNER);
    await dialog.getByLabel('Organisation').fill('Acme OT Assurance');
    await dialog.getByLabel('E-mail').fill('ana.ruiz@example.org');
    await dialog.getByLabel('Passphrase *').fill(PASSPHRASE);
    await dialog.getByLabel('Passphrase again *').fill('something else');
    await dialog.getByRole('button', { name: 'Create certificate' }).click();
    await expect.poll(() => dialog.getByText('The two passphrases differ').isVisible()).toBe(true);
    await dialog.getByLabel('Passphrase again *').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Create certificate' }).click();
    await dialog.waitFor({ state: 'detached' });

    const certificate = page.getByRole('definition').filter({ hasText: /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/ });
    await certificate.waitFor();
    fingerprint = (await certificate.textContent())!;
    await expect.poll(() => page.getByTestId('certificate-name').textContent()).toBe(SIGNER);
    await expect.poll(() => page.getByText('Self-signed (issued by the signer)').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('checkbox', { name: `Sign the PDF as ${SIGNER}` }).isChecked()).toBe(true);
  });

  it('previews the signed PDF page by page with the signer, and saves it', async () => {
    const { page, dialogs, workDir } = app;
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Preview PDF' }).click();
    const pane = page.getByRole('region', { name: 'PDF preview' });
    await expect.poll(() => pane.locator('.pdf-page canvas').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const pageCount = pane.getByTestId('pdf-page-count');
    await expect.poll(() => pageCount.textContent()).toMatch(/^\d+ pages$/);
    shownPages = Number.parseInt((await pageCount.textContent())!, 10);
    expect(shownPages).toBeGreaterThan(5);
    // Pages far below the view are boxes without pixels until scrolled to.
    await expect.poll(() => pane.locator('.pdf-page').count()).toBe(shownPages);
    await expect.poll(() => pane.locator('.pdf-page canvas').count()).toBeLessThan(shownPages);
    const banner = () => pane.getByTestId('signature-banner').textContent();
    await expect.poll(banner).toContain(`Signed by ${SIGNER}, Acme OT Assurance`);
    await expect.poll(banner).toContain(fingerprint);
    // The first page is really drawn: its canvas holds many colours, not a blank.
    const colours = await pane.locator('.pdf-page canvas').first().evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const seen = new Set<number>();
      for (let i = 0; i < data.length && seen.size < 50; i += 400) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(5);
    await app.screenshot('70-reports-preview');

    // Scrolled to the end, the last page is drawn and the first one's pixels are let go.
    const pages = pane.getByLabel('PDF pages');
    await pages.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const pageBox = (n: number) => pane.getByRole('img', { name: `Page ${n} of ${shownPages}` });
    await expect.poll(() => pageBox(shownPages).locator('canvas').count()).toBe(1);
    await expect.poll(() => pageBox(1).locator('canvas').count()).toBe(0);
    await expect.poll(() => pane.locator('.pdf-page canvas').count()).toBeLessThanOrEqual(4);
    await pages.evaluate((el) => el.scrollTo(0, 0));

    pdfPath = join(workDir, 'Riverside report.pdf');
    dialogs.saves.push(pdfPath);
    await page.getByRole('button', { name: 'Save PDF…' }).click();
    await notice('status', `Saved the report to ${pdfPath}`).waitFor();
    await expect.poll(() => notice('status', `Saved the report to ${pdfPath}`).textContent()).toContain(`${shownPages} pages, signed by ${SIGNER}`);
  });

  it('wrote a PDF whose signature, structure and text the independent tools accept', () => {
    const signature = tool('pdfsig', [pdfPath]);
    expect(signature.out).toContain('Signature is Valid.');
    expect(signature.out).toContain(`Signer Certificate Common Name: ${SIGNER}`);
    expect(signature.out).toContain('Total document signed');

    const check = tool('qpdf', ['--check', pdfPath]);
    expect(check.status, check.out).toBe(0);
    expect(check.out).toContain('No syntax or stream encoding errors found');

    const info = tool('pdfinfo', [pdfPath]);
    expect(info.out).toMatch(new RegExp(`Pages:\\s+${shownPages}\\n`));

    const text = tool('pdftotext', ['-layout', pdfPath, '-']).out;
    expect(text).toContain(DEMO_SITE);
    expect(text).toContain(MARKING);
    expect(text).toContain(SITE_REPRESENTATIVE);
    // The logo chosen in the form is embedded.
    expect(tool('pdfimages', ['-list', pdfPath]).out.split('\n').filter((line) => /\simage\s/.test(line)).length).toBeGreaterThan(0);
  });

  it('exports the workbook through the save dialog with every sheet and the whole inventory', async () => {
    const { page, dialogs, workDir } = app;
    const xlsx = join(workDir, 'Riverside.xlsx');
    dialogs.saves.push(xlsx);
    await page.getByRole('button', { name: 'Export Excel workbook…' }).click();
    await notice('status', `Saved the workbook to ${xlsx}`).waitFor();
    const read = tool('/usr/bin/python3', [
      '-c',
      'import json, sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nprint(json.dumps({"sheets": wb.sheetnames, "assets": wb["Assets"].max_row}))',
      xlsx,
    ]);
    expect(read.status, read.out).toBe(0);
    const book = JSON.parse(read.out) as { sheets: string[]; assets: number };
    expect(book.sheets).toEqual(['Summary', 'Assets', 'Zones', 'Conduits', 'Requirements', 'Findings', 'Risks', 'Actions', 'Audit trail']);
    expect(book.assets - 1).toBe(295);
  });

  it('shows main’s message for a wrong passphrase and writes no file', async () => {
    const { page, dialogs, workDir } = app;
    const before = readdirSync(workDir).sort();
    await options().getByLabel('Marking').fill('TLP:RED');
    const pane = page.getByRole('region', { name: 'PDF preview' });
    await pane.getByText('The options changed since this preview.').waitFor();

    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await page.getByRole('button', { name: 'Save PDF…' }).click();
    const refusal = notice('alert', 'The passphrase does not open');
    await refusal.waitFor();
    await expect.poll(() => refusal.textContent()).toContain(`The passphrase does not open “${SIGNER} (self-signed).p12”.`);
    await refusal.getByRole('button', { name: 'Dismiss message' }).click();

    await page.getByRole('button', { name: 'Preview PDF' }).click();
    await refusal.waitFor();
    expect(dialogs.saves).toEqual([]);
    expect(readdirSync(workDir).sort()).toEqual(before);
    expect(existsSync(pdfPath)).toBe(true);
    // The earlier preview stays, marked as not matching the options any more.
    await expect.poll(() => pane.getByText('The options changed since this preview.').isVisible()).toBe(true);
  });

  it('imports a .p12 made by OpenSSL once its passphrase opens it, showing the certificate OpenSSL describes', async () => {
    const { page, dialogs, workDir } = app;
    const [key, cert, p12] = ['key.pem', 'cert.pem', 'ana.p12'].map((name) => join(workDir, name)) as [string, string, string];
    const subject = `/CN=${SIGNER}/O=Acme Field Services`;
    expect(tool('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '365', '-subj', subject]).status).toBe(0);
    expect(tool('openssl', ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', p12, '-passout', `pass:${PASSPHRASE}`]).status).toBe(0);
    const opensslFingerprint = tool('openssl', ['x509', '-in', cert, '-noout', '-fingerprint', '-sha256']).out.trim().split('=')[1];

    dialogs.opens.push(p12);
    await page.getByRole('button', { name: 'Import certificate (.p12/.pfx)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import “ana.p12”' });
    await dialog.getByLabel('Passphrase of the file').fill('not the passphrase');
    await dialog.getByRole('button', { name: 'Check and import' }).click();
    await dialog.getByText('The passphrase does not open “ana.p12”.').waitFor();
    await dialog.getByLabel('Passphrase of the file').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Check and import' }).click();
    await dialog.waitFor({ state: 'detached' });
    await notice('status', `Imported the certificate of “${SIGNER}” from “ana.p12”.`).waitFor();
    const details = page.getByRole('definition');
    await expect.poll(() => details.filter({ hasText: 'Acme Field Services' }).count()).toBe(1);
    await expect.poll(() => details.filter({ hasText: opensslFingerprint! }).count()).toBe(1);
    expect(opensslFingerprint).not.toBe(fingerprint);
  });

  it('signs with the imported certificate, and keeps the options and the certificate for the next session', async () => {
    const { page } = app;
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Preview PDF' }).click();
    await expect.poll(() => page.getByText('The options changed since this preview.').count()).toBe(0);
    await expect.poll(() => page.getByTestId('signature-banner').textContent()).toContain(`Signed by ${SIGNER}, Acme Field Services`);
    await page.reload();
    await page.getByTestId('open-assessment-name').waitFor();
    await page.keyboard.press('Alt+6');
    await options().waitFor();
    await expect.poll(() => options().getByLabel('Marking').inputValue()).toBe('TLP:RED');
    await expect.poll(() => options().getByLabel('Site representative', { exact: true }).inputValue()).toBe(SITE_REPRESENTATIVE);
    await expect.poll(() => options().getByRole('img', { name: 'Logo: the chosen image' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('certificate-name').textContent()).toBe(SIGNER);
    await expect.poll(() => page.getByText('No preview yet').isVisible()).toBe(true);
  });

  it('says which sections of a new assessment will read “not assessed”, and stayed on the app’s own origin without errors', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+1');
    await createAssessment(page, 'Northfield Pumping Station');
    await page.keyboard.press('Alt+6');
    const note = page.getByRole('note');
    await note.waitFor();
    await expect.poll(() => note.textContent()).toBe(
      'Nothing recorded yet for the scope, answers, zones, assets, findings, risk scenarios and remediation actions: their sections of the report will say “not assessed”.',
    );
    await expect.poll(() => options().getByText(/Appendix: full asset list/).textContent()).toContain('0 assets');
    await app.screenshot('72-reports-new-assessment');
    // Options are per assessment: this one starts from the defaults; the certificate is the laptop's.
    await expect.poll(() => options().getByLabel('Marking').inputValue()).toBe('CONFIDENTIAL');
    await expect.poll(() => page.getByTestId('certificate-name').textContent()).toBe(SIGNER);
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
  });
});
