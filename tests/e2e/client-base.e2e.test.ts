/**
 * The client base in headless Chromium against the real gateway and PGlite with the demo data
 * (tests/support/ui-app.ts): filtering by a saved segment and by custom property values, the columns
 * the user picks (remembered over a reload), and the keyboard shortcuts with their `?` overlay.
 * What the list shows is compared with the database, so a filter that is ignored fails.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../softphone-ui/src/i18n/en.ts';
import { shortcutKeys, shortcutLabels, type ShortcutAction } from '../../softphone-ui/src/shortcut-keys.ts';
import { expectLabelledControls, expectNoHorizontalScroll, screenshot, startUiApp, type UiApp } from '../support/ui-app.ts';

let app: UiApp;
let page: Page;

beforeAll(async () => {
  app = await startUiApp();
  page = await app.signedIn('operator5');
});

afterAll(() => app?.close());

/** Ids of the current clients holding one of `values` for the property `name`. */
async function clientsWithProperty(name: string, values: readonly string[], relationship?: 'customer'): Promise<number[]> {
  const rows = await app.database.db
    .selectFrom('client_property_values')
    .innerJoin('property_definitions', 'property_definitions.id', 'client_property_values.property_id')
    .innerJoin('clients', 'clients.id', 'client_property_values.client_id')
    .select('clients.id')
    .where('property_definitions.name', '=', name)
    .where('client_property_values.value', 'in', values)
    .where('clients.archived_at', 'is', null)
    .$if(relationship !== undefined, (query) => query.where('clients.relationship', '=', relationship!))
    .orderBy('clients.id')
    .execute();
  const ids = rows.map((row) => row.id);
  // One page of the list (50) must hold them all, and there must be some, or the comparison proves little.
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThan(50);
  return ids;
}

async function listedClientIds(): Promise<number[]> {
  const hrefs = await page.getByRole('table').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => Number(href.split('/').pop())).sort((a, b) => a - b);
}

const filters = () => page.getByRole('form', { name: en['clients.filters'] });

async function headers(): Promise<string[]> {
  return page.getByRole('table').getByRole('columnheader').allTextContents();
}

describe('the client base', () => {
  beforeAll(async () => {
    await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.clients'] }).click();
    await page.getByRole('table').getByRole('row').nth(50).waitFor();
  });

  it('shows the clients of a saved segment', async () => {
    const reliablePayers = await clientsWithProperty('Solvency', ['4', '5'], 'customer');
    await filters().getByLabel(en['clients.segment']).selectOption({ label: 'Надійні платники' });
    await expect.poll(listedClientIds).toEqual(reliablePayers);
    await expectNoHorizontalScroll(page);
    await expectLabelledControls(page);
    await screenshot(page, 'client-list-segment');

    await filters().getByRole('button', { name: en['clients.clearFilters'] }).click();
    await page.getByRole('table').getByRole('row').nth(50).waitFor();
  });

  it('filters by the value of a custom property: a choice, then yes or no', async () => {
    await filters().getByLabel(en['clients.property']).selectOption({ label: 'Colour' });
    await filters().getByLabel(en['clients.propertyValue']).selectOption({ label: 'green' });
    await expect.poll(listedClientIds).toEqual(await clientsWithProperty('Colour', ['green']));

    await filters().getByLabel(en['clients.property']).selectOption({ label: 'VIP' });
    const vipChoices = filters().getByLabel(en['clients.propertyValue']);
    expect(await vipChoices.getByRole('option').allTextContents()).toEqual([en['any'], en['yes'], en['no']]);
    await vipChoices.selectOption({ label: en['yes'] });
    await expect.poll(listedClientIds).toEqual(await clientsWithProperty('VIP', ['true']));
    await expectLabelledControls(page);
    await screenshot(page, 'client-list-property');

    // Combined with a segment, both apply.
    const reliablePayers = new Set(await clientsWithProperty('Solvency', ['4', '5'], 'customer'));
    const reliableVips = (await clientsWithProperty('VIP', ['true'])).filter((id) => reliablePayers.has(id));
    expect(reliableVips.length).toBeGreaterThan(0);
    await filters().getByLabel(en['clients.segment']).selectOption({ label: 'Надійні платники' });
    await expect.poll(listedClientIds).toEqual(reliableVips);

    await filters().getByRole('button', { name: en['clients.clearFilters'] }).click();
    await page.getByRole('table').getByRole('row').nth(50).waitFor();
    expect(await filters().getByLabel(en['clients.property']).inputValue()).toBe('');
  });

  it('keeps the columns the user picked over a reload', async () => {
    expect(await headers()).toEqual([en['clients.column.name'], en['clients.column.relationship'], en['clients.column.manager'], en['clients.column.region'], en['clients.column.industry']]);
    await page.getByRole('button', { name: en['clients.columns'] }).click();
    const menu = page.getByRole('group', { name: en['clients.columns'] });
    await menu.getByRole('checkbox', { name: en['clients.column.region'] }).uncheck();
    await menu.getByRole('checkbox', { name: en['newClient.kind'] }).check();
    await menu.getByRole('checkbox', { name: en['clients.column.updated'] }).check();
    const picked = [en['clients.column.name'], en['newClient.kind'], en['clients.column.relationship'], en['clients.column.manager'], en['clients.column.industry'], en['clients.column.updated']];
    expect(await headers()).toEqual(picked);
    await screenshot(page, 'client-list-columns');

    await page.reload();
    await page.getByRole('table').getByRole('row').nth(1).waitFor();
    expect(await headers()).toEqual(picked);
  });
});

describe('keyboard shortcuts', () => {
  const actions = Object.keys(shortcutKeys) as ShortcutAction[];

  it('lists every shortcut in the ? overlay, which Escape closes', async () => {
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: en['shortcuts.title'] });
    await overlay.waitFor();
    expect(await overlay.getByRole('term').allTextContents()).toEqual(actions.map((action) => en[shortcutLabels[action]]));
    expect(await overlay.getByRole('definition').allTextContents()).toEqual(actions.map((action) => shortcutKeys[action]));
    await expectLabelledControls(page);
    await screenshot(page, 'shortcuts');
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: en['shortcuts.open'] }).click();
    await overlay.getByRole('button', { name: en['shortcuts.close'] }).click();
    await overlay.waitFor({ state: 'detached' });
  });

  it('does not open the overlay on ? typed into a field, and / jumps to the client search from anywhere', async () => {
    await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.tasks'] }).click();
    await page.getByRole('heading', { level: 1, name: en['tasks.title'] }).click();
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: en['clients.search'] });
    await expect.poll(() => search.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('Who?');
    expect(await search.inputValue()).toBe('Who?');
    expect(await page.getByRole('dialog', { name: en['shortcuts.title'] }).count()).toBe(0);
  });
});
