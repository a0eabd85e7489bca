/**
 * The Scorecard screen over the sample board: latest values with RAG in words, sparklines, filters
 * by principle and priority, an indicator's chart with its table; importing a CSV with an error
 * (nothing imported, the row named), fixing it, importing, and seeing the new value and chart; axe
 * at 1280 and 320 CSS px, and no sideways scrolling at 320.
 */
import { join } from 'node:path';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { Screen } from './pages/screen';
import { core, openSampleBoard } from './workspaces';

const HEADER = 'indicator,period,value,numerator,denominator,target,england,statistical_neighbours,region,commentary';
const csv = (...rows: string[]) => ({ name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\r\n')) });

test('the scorecard: RAG in words, sparklines, filters, a chart with its table', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  const screen = new Screen(page, 'Scorecard', '/#/scorecard');
  await screen.goto();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scorecard' })).toHaveAttribute('aria-current', 'page');
  const table = page.getByRole('table', { name: 'Indicators: latest value, RAG and trend' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(21);
  const stability = table.getByRole('row', { name: /Long-term stability/ });
  await expect(stability).toContainText('68.9%');
  await expect(stability).toContainText('Amber');
  await expect(stability).toContainText('Higher is better: Green at 70% or more');
  await expect(table.locator('img.sparkline')).toHaveCount(20);
  await expectAccessible(page, 'scorecard');

  await page.getByLabel('Principle').selectOption('g');
  await expect(rows).toHaveCount(5);
  await expect(table.getByRole('rowheader')).toHaveText(['Care leavers in touch', 'Care leavers in suitable accommodation', 'Care leavers in education, employment or training', 'Care leavers who feel lonely (Bright Spots)']);
  await page.getByLabel('Principle').selectOption('');
  await page.getByLabel('Priority').selectOption({ label: '3. Healthy in body and mind' });
  await expect(table.getByRole('rowheader')).toHaveText(['Health assessments up to date', 'Dental checks up to date', 'Immunisations up to date', 'Emotional well-being (average SDQ score)', 'Low life satisfaction (Bright Spots)']);
  await page.getByLabel('Priority').selectOption('');
  await expect(rows).toHaveCount(21);
  await expect(table.locator('img.sparkline')).toHaveCount(20);

  await table.getByRole('button', { name: 'Long-term stability' }).click();
  const detail = page.getByRole('heading', { level: 2, name: 'Long-term stability' });
  await expect(detail).toBeFocused();
  await expect(page.getByRole('img', { name: /^Trend of Long-term stability/ })).toBeVisible();
  const data = page.getByRole('table', { name: 'Long-term stability: every period (the chart as a table)' });
  await expect(data.getByRole('row')).toHaveCount(9);
  await expect(data.getByRole('row', { name: /2026-27 Q2 \(July to September 2026\)/ })).toContainText('68.9%');
  await expectAccessible(page, 'scorecard-chart');

  // Bright Spots: the comparator in the England column is the general population, and says so.
  const friend = table.getByRole('row', { name: /Have a really good friend \(Bright Spots\)/ });
  await expect(friend).toContainText('86%');
  await expect(friend).toContainText('94%General population');
  await friend.getByRole('button').click();
  await expect(page.getByText('Compared with: General population: children and young people in general')).toBeVisible();
  const survey = page.getByRole('table', { name: 'Have a really good friend (Bright Spots): every period (the chart as a table)' });
  await expect(survey.getByRole('columnheader', { name: 'General population' })).toBeVisible();
  await expect(survey.getByRole('columnheader', { name: 'England' })).toHaveCount(0);
  await expect(page.getByRole('figure').getByText('General population dotted with triangles')).toBeVisible();
  await page.locator('.indicator-detail').screenshot({ path: join(import.meta.dirname, '../../test-results/screens', 'scorecard-bright-spots.png') });
  await expectAccessible(page, 'scorecard-bright-spots');
});

test('import a CSV with an error, fix it, import it, and see the value', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  await new Screen(page, 'Scorecard', '/#/scorecard').goto();
  const file = page.getByLabel('File of values');
  await file.setInputFiles(csv('care_leavers_eet,2026-27 Q3,71.5,134,187,65,62,60,61,Best quarter yet', 'care_leavers_eet,2026-27 Q7,70,,,,,,,'));
  await page.getByRole('button', { name: 'Check and import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Checked' })).toContainText('Checked 2 rows: 1 valid, 1 with problems. Nothing was imported.');
  const problems = page.getByRole('table', { name: 'Rows with problems' });
  await expect(problems.getByRole('row').nth(1)).toContainText('3care_leavers_eet2026-27 Q7Bad period: "2026-27 Q7" is not a period.');
  await expectAccessible(page, 'scorecard-import-error');
  expect((await core(bridge, 'indicators:scorecard', { principle: 'g' })).find((l) => l.indicator.code === 'care_leavers_eet')?.latest?.period).toBe('2026-27 Q2');

  await file.setInputFiles(csv('care_leavers_eet,2026-27 Q3,71.5,134,187,65,62,60,61,Best quarter yet'));
  await page.getByRole('button', { name: 'Check and import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Checked' })).toContainText('Checked 1 row: 1 valid, 0 with problems. Imported 1 value.');
  const row = page.getByRole('table', { name: 'Indicators: latest value, RAG and trend' }).getByRole('row', { name: /education, employment or training/ });
  await expect(row).toContainText('2026-27 Q3');
  await expect(row).toContainText('71.5%');
  await expect(row).toContainText('Green');
  await row.getByRole('button').click();
  await expect(page.getByRole('img', { name: /^Trend of Care leavers in education/ })).toBeVisible();
  await expect(page.getByText('Commentary (2026-27 Q3): Best quarter yet')).toBeVisible();
});

test.describe('at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the scorecard reflows and stays accessible', async ({ page, bridge }) => {
    await openSampleBoard(bridge);
    await new Screen(page, 'Scorecard', '/#/scorecard').goto();
    await expect(page.locator('img.sparkline')).toHaveCount(20);
    await page.getByRole('button', { name: 'Placed more than 20 miles from home' }).click();
    await expect(page.getByRole('img', { name: /^Trend of Placed more than 20 miles/ })).toBeVisible();
    const width = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
    expect(width).toBe(320);
    await expectAccessible(page, 'reflow-scorecard');
  });
});

test('attach the scorecard to the agenda item about it in one step', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  let found: { meetingId: string; number: string } | null = null;
  for (const m of (await core(bridge, 'meetings:list', {})).filter((x) => x.status === 'draft')) {
    const item = (await core(bridge, 'agenda:list', { meetingId: m.id })).entries.find((e) => e.kind === 'item' && /scorecard/i.test(e.title));
    if (item) {
      found = { meetingId: m.id, number: item.number };
      break;
    }
  }
  if (!found) throw new Error('The sample has no draft meeting with a scorecard item');
  await page.goto(`/#/meetings/${found.meetingId}`);
  const attach = page.getByRole('button', { name: `Attach the scorecard to item ${found.number}` });
  await attach.click();
  const reports = page.getByRole('list', { name: `Reports for item ${found.number}` });
  // Printing fifteen pages with charts, then checking them as every attached PDF is checked.
  await expect(reports).toContainText(/Scorecard, \w+day \d+ \w+ \d{4}/, { timeout: 30_000 });
  await expect(reports).toContainText(/PDF, \d+ pages/);
  await expect(page.getByRole('button', { name: /^Attach the scorecard to item/ })).toHaveCount(1);
});

test('the small-number rule: refused plainly when out of range, then saved', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  await new Screen(page, 'Scorecard', '/#/scorecard').goto();
  const threshold = page.getByLabel('Hide counts below');
  await expect(threshold).toHaveValue('5');
  await threshold.fill('0');
  await page.getByRole('button', { name: 'Save the small-number rule' }).click();
  await expect(page.getByRole('link', { name: 'The small-number threshold must be at least 1.' })).toBeVisible();
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await threshold.fill('10');
  await page.getByLabel('Show a hidden count as (optional)').fill('<10');
  await page.getByRole('button', { name: 'Save the small-number rule' }).click();
  await expect(page.getByText('Saved. Public papers show a count below 10 as "<10".')).toBeVisible();
  expect(await core(bridge, 'indicators:settings', {})).toEqual({ smallNumberThreshold: 10, suppressionSymbol: '<10' });
  await expectAccessible(page, 'scorecard-small-numbers');
});

test("add the council's own indicator, and change what a preloaded one evidences", async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  await new Screen(page, 'Scorecard', '/#/scorecard').goto();
  await page.getByRole('button', { name: 'Add an indicator' }).click();
  const form = page.locator('.indicator-form');
  await form.getByLabel('Code').fill('Bad code');
  await form.getByLabel('Name').fill('Children in Care Council attendance');
  await form.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page.getByRole('link', { name: /Write the code in lower case letters/ })).toBeVisible();
  await form.getByLabel('Code').fill('cicc_attendance');
  await form.getByRole('radio', { name: 'Count' }).check();
  await form.getByRole('checkbox', { name: '(b) Express their views' }).check();
  await form.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Children in Care Council attendance' })).toBeFocused();
  await expect(page.getByText('No values yet. Import a file of values below.')).toBeVisible();
  await page.getByLabel('Principle').selectOption('b');
  await expect(page.getByRole('table', { name: 'Indicators: latest value, RAG and trend' }).getByRole('rowheader')).toHaveText(['Children in Care Council attendance']);
  await expectAccessible(page, 'scorecard-add-indicator');

  await page.getByLabel('Principle').selectOption('');
  await page.getByRole('button', { name: 'Children who went missing' }).click();
  await page.getByRole('button', { name: 'Edit indicator Children who went missing' }).click();
  await expect(page.getByText('From the preloaded library: its code, missing_children, stays as it is.')).toBeVisible();
  await page.locator('.indicator-form').getByRole('checkbox', { name: '(a) Best interests and well-being' }).check();
  await page.locator('.indicator-form').getByRole('button', { name: 'Save indicator' }).click();
  await expect(page.getByRole('button', { name: 'Edit indicator Children who went missing' })).toBeFocused();
  const missing = (await core(bridge, 'indicators:list', {})).find((i) => i.code === 'missing_children');
  expect(missing?.principles).toEqual(['a', 'f']);
});
