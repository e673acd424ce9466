/**
 * The supervisor's live board in headless Chromium against the real gateway, the AMI simulator and
 * PGlite (tests/support/ui-app.ts): every agent's state from the moment the board opens (the gateway
 * starts after the PBX link is up, as a restarted one does), a softphone call put on hold and taken
 * off it, and its agent in wrap-up after the call until the operator saves the wrap-up.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, type Messages } from '../../softphone-ui/src/i18n/en.ts';
import { expectLabelledControls, expectNoHorizontalScroll, screenshot, startUiApp, type UiApp } from '../support/ui-app.ts';

/** The recorded site routes this number to the softphone 7001: operator5, Emma Taylor. */
const didOfSoftphone = '+380445550700';
const operatorName = 'Emma Taylor';
/** The demo staff with an extension: the five operators and supervisor1, all free at the start. */
const agentsWithExtension = 6;

let app: UiApp;

beforeAll(async () => {
  app = await startUiApp({ clients: 50 });
});

afterAll(() => app?.close());

/** A message with its placeholders matching anything, as a whole text. */
function shown(message: string): RegExp {
  return new RegExp(`^${message.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '.+')}$`);
}

function liveBoard(page: Page) {
  const counts = page.getByRole('list', { name: en['live.byState'] });
  return {
    callRow: page.getByRole('table').getByRole('row').nth(1),
    tile: page.getByRole('listitem', { name: operatorName }),
    /** The count tile of a state, waited for until it says `count`. */
    counted: (state: keyof Messages, count: number) =>
      counts.getByRole('listitem', { name: en['live.stateCount'].replace('{state}', en[state]).replace('{count}', String(count)) }).waitFor(),
    /** The count tile of agents whose state the board does not know: shown only when there are some. */
    unknown: counts.getByRole('listitem', { name: shown(en['live.stateCount'].replace('{state}', en['agentState.unknown'])) }),
  };
}

describe('a supervisor at the live board', () => {
  it("sees every agent's state as soon as the board opens, a call go on hold with its hold timer and back, then the agent in wrap-up until the operator saves it", async () => {
    const [supervisor, operator] = await Promise.all([app.signedIn('supervisor1', { locale: 'en' }), app.signedIn('operator5', { locale: 'en' })]);
    await supervisor.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.live'] }).click();
    await supervisor.getByRole('heading', { level: 1, name: en['live.title'] }).waitFor();
    const board = liveBoard(supervisor);
    await board.counted('agentState.available', agentsWithExtension);
    expect(await board.unknown.count()).toBe(0);
    await screenshot(supervisor, 'live-board-agents');

    app.site.pbx.placeInboundCall({ from: '+380671234567', did: didOfSoftphone, ringSeconds: 2, talkSeconds: 40, hold: { afterSeconds: 3, seconds: 15 } });
    await app.site.play(4_000);
    await board.tile.getByText(en['callState.talking'], { exact: true }).waitFor();

    await app.site.play(3_000);
    await board.callRow.getByText(shown(en['live.onHoldFor'])).waitFor();
    await board.tile.getByText(en['callState.on-hold'], { exact: true }).waitFor();
    await board.tile.getByText(shown(en['live.inState'])).waitFor();
    await board.counted('callState.on-hold', 1);
    await expectNoHorizontalScroll(supervisor);
    await expectLabelledControls(supervisor);
    await screenshot(supervisor, 'live-board-hold');

    await app.site.play(16_000);
    await board.callRow.getByText(en['callState.talking'], { exact: true }).waitFor();
    await board.tile.getByText(en['callState.talking'], { exact: true }).waitFor();
    await board.counted('callState.on-hold', 0);

    await app.site.play(22_000);
    await board.tile.getByText(en['callState.wrap-up'], { exact: true }).waitFor();
    await board.counted('callState.wrap-up', 1);

    const pop = operator.getByRole('region', { name: en['pop.region'] });
    const wrapUp = pop.getByRole('form', { name: en['wrapUp.title'] });
    await wrapUp.getByLabel(en['wrapUp.notes']).fill('Held the caller while checking the order');
    await wrapUp.getByRole('button', { name: en['wrapUp.save'] }).click();
    await pop.waitFor({ state: 'detached' });
    await board.tile.getByText(en['agentState.available'], { exact: true }).waitFor();
    await board.counted('callState.wrap-up', 0);
  });
});
