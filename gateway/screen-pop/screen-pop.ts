/**
 * The screen-pop: when an agent's phone rings, the caller's card appears on every open socket of
 * the user on that extension. It follows the call: withdrawn when the ringing stops, kept for
 * whoever answers, carried with the draft notes to the agent a call is transferred to, and turned
 * into a wrap-up form when the call ends. Each gateway pops its own sockets; per-call state is in
 * this process, and a call it never saw ring (after a restart) is still ended and wrapped up.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { Logger } from 'pino';
import type { ClientSummary, ClientSummaryService } from '../../crm-core/clients/client-summary.ts';
import type { CallWrapUpService } from '../../crm-core/interactions/call-wrap-up.service.ts';
import type { InteractionService } from '../../crm-core/interactions/interaction.service.ts';
import type { CallerChoices } from '../../crm-core/phones/caller-choice.service.ts';
import { formatPhoneForDisplay, maskPhone, parsePhoneNumber } from '../../crm-core/phones/phone-number.ts';
import { phoneMatchesFrom, phoneMatchQueryFor, type PhoneMatch } from '../../crm-core/phones/phone.service.ts';
import type { SessionUser } from '../../crm-core/sessions/session.service.ts';
import { ValidationError } from '../../crm-core/shared/validation-error.ts';
import type { UserService } from '../../crm-core/users/user.service.ts';
import type { CallEnded, CallRinging, PbxAdapter, PbxEvent } from '../../pbx-adapter/index.ts';
import { clickToCallTargetOf } from '../calls/click-to-call-request.ts';
import { httpError } from '../http-errors.ts';
import { hasRole } from '../plugins/auth.ts';
import type { Hub } from '../realtime/hub.ts';
import type { ClientCardSummary, PopChoice, ServerMessageOf } from '../schemas/ws.schemas.ts';

export interface ScreenPopDependencies {
  readonly pbx: Pick<PbxAdapter, 'on'>;
  readonly hub: Hub;
  readonly users: Pick<UserService, 'findByExtension'>;
  readonly summaries: ClientSummaryService;
  readonly callerChoices: CallerChoices;
  readonly wrapUps: CallWrapUpService;
  /** A pick made after the call was logged unlinked links it. */
  readonly interactions: Pick<InteractionService, 'linkCallToChosenClient'>;
  readonly defaultCountry: CountryCode;
  readonly log: Logger;
  /** Waits before retrying a wrap-up that came before its call was logged. */
  readonly wrapUpRetryDelaysMs?: readonly number[];
  /** How often waiting wrap-ups are checked against the call log. Default 30 s. */
  readonly wrapUpSweepMs?: number;
}

/** Whose wrap-up form opened when a call ended (`at`: the end, PBX time), and a call's wrap-up saved through this gateway. */
export type WrapUpNotice =
  | { readonly kind: 'opened'; readonly callId: string; readonly extensions: readonly string[]; readonly at: number }
  | { readonly kind: 'saved'; readonly callId: string };

export interface ScreenPop {
  /** Resolves once every event received so far is handled. */
  idle(): Promise<void>;
  /** Every wrap-up opened and saved from now on; returns the unsubscribe function. */
  onWrapUp(listener: (notice: WrapUpNotice) => void): () => void;
  stop(): void;
}

type PopShow = Omit<ServerMessageOf<'pop.show'>, 'v' | 'seq' | 'at' | 'type'>;
type Caller = PopShow['caller'];

/** Who the caller may be, and the card when the number is one client's (read in the same round trip). */
interface Identified {
  readonly matches: PhoneMatch[];
  readonly onlyClient: ClientSummary | null;
}

interface PoppedCall {
  readonly callId: string;
  readonly direction: CallRinging['direction'];
  readonly callerNumber: string;
  readonly caller: Caller;
  readonly queue: string | undefined;
  readonly crmRequestId: string | undefined;
  readonly ringingSince: string;
  /** Looked up once per call, whichever agent's phone rings first. */
  identified?: Promise<Identified>;
  /** The users on each extension that rang. */
  readonly extensions: Map<string, readonly number[]>;
  /** The card each user has on screen. */
  readonly shown: Map<number, PopShow>;
  /** Everyone who was offered the call: they may wrap it up. */
  readonly participants: Set<number>;
  readonly draftNotes: Map<number, string>;
  endedAt?: number;
  /** Events of one call are handled in order. */
  handling: Promise<void>;
}

const defaultWrapUpRetryDelaysMs = [500, 2_000, 5_000, 15_000, 30_000];
/** How long an ended call stays known, for its wrap-up. */
const endedCallMemoryMs = 4 * 3600_000;
const nobody: Identified = { matches: [], onlyClient: null };
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function startScreenPop(dependencies: ScreenPopDependencies): ScreenPop {
  const { hub, users, summaries, callerChoices, wrapUps } = dependencies;
  const log = dependencies.log.child({ module: 'screen-pop' });
  const calls = new Map<string, PoppedCall>();
  const timers = new Set<NodeJS.Timeout>();
  /** Calls with a wrap-up saved here before the call was logged. */
  const waitingWrapUps = new Set<string>();
  const wrapUpListeners = new Set<(notice: WrapUpNotice) => void>();
  let pending = Promise.resolve();

  const unsubscribe = dependencies.pbx.on((event) => {
    if (event.type === 'agent.state') return;
    const callId = event.type === 'call.ended' ? event.call.callId : event.callId;
    const call = event.type === 'call.ringing' ? callFor(event) : calls.get(callId);
    const handle = () => handleEvent(event, call).catch((error: unknown) => log.error({ err: error, callId, event: event.type }, 'screen-pop failed'));
    if (call === undefined) {
      pending = Promise.all([pending, handle()]).then(() => undefined);
      return;
    }
    call.handling = call.handling.then(handle);
    pending = Promise.all([pending, call.handling]).then(() => undefined);
  });

  const sweep = setInterval(() => {
    wrapUps.applyReady().catch((error: unknown) => log.warn({ err: error }, 'applying waiting wrap-ups failed'));
    forgetOldCalls();
  }, dependencies.wrapUpSweepMs ?? 30_000);
  sweep.unref();

  const removeHandlers = [
    hub.onClientMessage('pop.choose', async (message, context) => {
      const call = poppedCallOf(message.callId, context.user);
      const { matches } = await (call.identified ?? Promise.resolve(nobody));
      const match = matches.find((each) => each.client.id === message.clientId && (message.contactPersonId === undefined || each.contactPerson?.id === message.contactPersonId));
      if (match === undefined) throw ValidationError.of('clientId', 'is not one of the clients with this number');
      const choice = { clientId: match.client.id, contactPersonId: message.contactPersonId ?? match.contactPerson?.id ?? null };
      await callerChoices.remember(call.callerNumber, context.user.id, choice);
      if (call.endedAt !== undefined) await dependencies.interactions.linkCallToChosenClient(call.callId, choice, { userId: context.user.id });
      const { contactPersonId } = choice;
      const card = await summaries.summarize(match.client.id, contactPersonId);
      const choices = await choicesOf(matches);
      if (card === null) throw ValidationError.of('clientId', 'is not a client any more');
      show(call, context.user.id, { ...baseOf(call), kind: 'client', card: toCard(card), choices, cardSource: 'chosen' });
    }),
    hub.onClientMessage('draft.notes', (message, context) => {
      const call = poppedCallOf(message.callId, context.user);
      call.draftNotes.set(context.user.id, message.notes);
    }),
    hub.onClientMessage('wrapup.save', async (message, context) => {
      await requireWrapUpRight(message.callId, context.user);
      const { callId, interactionType, state, subject, notes, priority, followUp } = message;
      const wrapUp = { type: interactionType, state, subject, notes, priority, followUp };
      const saved = await wrapUps.save(callId, withoutUndefined(wrapUp), { userId: context.user.id, role: context.user.role });
      if (saved.interactionId === null) {
        waitingWrapUps.add(callId);
        retryWrapUp(callId);
      }
      announce({ kind: 'saved', callId });
      context.reply({ type: 'wrapup.saved', callId, interactionId: saved.interactionId, followUpTaskId: saved.followUpTaskId });
    }),
    hub.onClientMessage('pop.current', (_message, context) => {
      for (const call of calls.values()) {
        const pop = call.shown.get(context.user.id);
        if (pop) context.reply({ type: 'pop.show', ...pop });
      }
    }),
    hub.onClientMessage('pop.peek', async (message, context) => {
      const agent = await users.findByExtension(message.extension);
      const pops = agent === null ? [] : [...calls.values()].flatMap((call) => call.shown.get(agent.id) ?? []);
      context.reply({ type: 'pop.peeked', extension: message.extension, pops });
    }),
  ];

  function callFor(event: CallRinging): PoppedCall {
    const existing = calls.get(event.callId);
    if (existing) return existing;
    const callerNumber = event.direction === 'outbound' ? event.to : event.from;
    const call: PoppedCall = {
      callId: event.callId,
      direction: event.direction,
      callerNumber,
      caller: describeNumber(callerNumber, dependencies.defaultCountry),
      queue: event.queue,
      crmRequestId: event.crmRequestId,
      ringingSince: new Date(event.at).toISOString(),
      extensions: new Map(),
      shown: new Map(),
      participants: new Set(),
      draftNotes: new Map(),
      handling: Promise.resolve(),
    };
    calls.set(event.callId, call);
    return call;
  }

  async function handleEvent(event: PbxEvent, call: PoppedCall | undefined): Promise<void> {
    switch (event.type) {
      case 'call.ringing':
        return ring(call!, event.agentExtension);
      case 'call.ringing-stopped':
        if (call) withdraw(call, await usersOn(call, event.agentExtension), event.reason);
        return;
      case 'call.answered':
        if (call) await answered(call, event.agentExtension);
        return;
      case 'call.transferred':
        if (call) await transferred(call, event.fromExtension, event.toExtension);
        return;
      case 'call.ended':
        return ended(event, call);
      default:
        return;
    }
  }

  async function ring(call: PoppedCall, extension: string): Promise<void> {
    if (call.direction === 'internal') return;
    call.identified ??= identify(call);
    const [userIds, identified] = await Promise.all([usersOn(call, extension), call.identified]);
    await Promise.all(userIds.map(async (userId) => show(call, userId, await popFor(call, userId, identified))));
    log.debug({ callId: call.callId, extension, caller: maskPhone(call.callerNumber), matches: identified.matches.length, users: userIds.length }, 'popped');
  }

  async function identify(call: PoppedCall): Promise<Identified> {
    const query = clickToCallTargetOf(call.crmRequestId) === undefined ? phoneMatchQueryFor(call.callerNumber, dependencies.defaultCountry) : null;
    if (query === null) return nobody;
    const { matches, onlyClient } = await summaries.forCaller(query);
    return { matches: phoneMatchesFrom(matches), onlyClient };
  }

  async function usersOn(call: PoppedCall, extension: string): Promise<readonly number[]> {
    const known = call.extensions.get(extension);
    if (known) return known;
    const user = await users.findByExtension(extension);
    const userIds = user === null || !user.active ? [] : [user.id];
    call.extensions.set(extension, userIds);
    for (const userId of userIds) call.participants.add(userId);
    return userIds;
  }

  async function popFor(call: PoppedCall, userId: number, { matches, onlyClient }: Identified): Promise<PopShow> {
    const base = baseOf(call);
    const target = clickToCallTargetOf(call.crmRequestId);
    if (target !== undefined) {
      const card = await summaries.summarize(target.clientId, target.contactPersonId);
      if (card) return { ...base, kind: 'client', card: toCard(card), cardSource: 'click-to-call' };
    }
    const clientIds = new Set(matches.map((match) => match.client.id));
    if (clientIds.size === 0) return { ...base, kind: 'unknown' };
    if (onlyClient) return { ...base, kind: 'client', card: toCard(onlyClient), cardSource: 'only-match' };
    const remembered = await callerChoices.find(call.callerNumber, userId);
    const choices = await choicesOf(matches);
    if (remembered && clientIds.has(remembered.clientId)) {
      const card = await summaries.summarize(remembered.clientId, remembered.contactPersonId);
      if (card) return { ...base, kind: 'client', card: toCard(card), choices, cardSource: 'remembered-choice' };
    }
    return { ...base, kind: 'choose', choices };
  }

  async function choicesOf(matches: PhoneMatch[]): Promise<PopChoice[]> {
    const lastContacts = await summaries.lastContacts([...new Set(matches.map((match) => match.client.id))]);
    return matches.map((match) => ({
      clientId: match.client.id,
      clientName: match.client.shortName ?? match.client.fullName,
      kind: match.client.kind,
      contactPerson: match.contactPerson ? { id: match.contactPerson.id, fullName: match.contactPerson.fullName, position: match.contactPerson.position } : null,
      lastContactAt: lastContacts.get(match.client.id)?.toISOString() ?? null,
    }));
  }

  function show(call: PoppedCall, userId: number, pop: PopShow): void {
    call.shown.set(userId, pop);
    call.participants.add(userId);
    hub.sendToUser(userId, { type: 'pop.show', ...pop });
  }

  function withdraw(call: PoppedCall, userIds: readonly number[], reason: ServerMessageOf<'pop.withdraw'>['reason']): void {
    for (const userId of userIds) {
      if (!call.shown.delete(userId)) continue;
      hub.sendToUser(userId, { type: 'pop.withdraw', callId: call.callId, reason });
    }
  }

  async function answered(call: PoppedCall, extension: string): Promise<void> {
    const answering = await usersOn(call, extension);
    for (const userId of answering) if (call.shown.has(userId)) hub.sendToUser(userId, { type: 'pop.answered', callId: call.callId });
    withdraw(call, [...call.shown.keys()].filter((userId) => !answering.includes(userId)), 'answered-elsewhere');
  }

  async function transferred(call: PoppedCall, fromExtension: string, toExtension: string): Promise<void> {
    const [from, to] = await Promise.all([usersOn(call, fromExtension), usersOn(call, toExtension)]);
    const handedOver = from.map((userId) => call.shown.get(userId)).find((pop) => pop !== undefined) ?? (await popFor(call, to[0] ?? 0, await (call.identified ??= identify(call))));
    const notes = from.map((userId) => call.draftNotes.get(userId)).find((text) => text !== undefined);
    const transferrer = from[0] === undefined ? null : await users.findByExtension(fromExtension);
    withdraw(call, from, 'transferred-away');
    for (const userId of to) {
      if (notes !== undefined) call.draftNotes.set(userId, notes);
      show(call, userId, {
        ...handedOver,
        transferredFrom: { extension: fromExtension, userId: transferrer?.id ?? null, displayName: transferrer?.displayName ?? null },
        ...(notes !== undefined && { notes }),
      });
    }
  }

  async function ended(event: CallEnded, call: PoppedCall | undefined): Promise<void> {
    const summary = event.call;
    if (summary.isSupervision || summary.mergedInto !== undefined) return;
    const known = call ?? rememberUnseenCall(event);
    // A call first seen ending (this gateway restarted mid-call): the agent who had it still wraps it up.
    const answeredBy = summary.answeredBy === undefined ? [] : await usersOn(known, summary.answeredBy);
    if (call === undefined) for (const userId of answeredBy) known.shown.set(userId, { ...baseOf(known), kind: 'unknown' });
    const transferredTo = summary.transferredTo === undefined ? [] : await usersOn(known, summary.transferredTo);
    const wrappingUp = new Set([...answeredBy, ...transferredTo]);
    for (const userId of known.shown.keys()) {
      hub.sendToUser(userId, { type: 'pop.ended', callId: known.callId, outcome: summary.outcome, wrapUp: wrappingUp.has(userId) });
    }
    announceWrapUp(known, event.at, [
      [summary.answeredBy, answeredBy],
      [summary.transferredTo, transferredTo],
    ]);
    forgetAllButTheWrapUp(known);
    known.endedAt = Date.now();
    // Only a call with a wrap-up waiting has anything to apply once it is logged; checking every
    // call would add a transaction per call on the pops' database. Wrap-ups waiting on a gateway
    // that has gone are applied by another gateway's sweep.
    if (waitingWrapUps.has(known.callId)) retryWrapUp(known.callId);
  }

  /**
   * An ended call is remembered for hours, for late wrap-ups and picks: they need who took part and
   * who the caller may be, not the cards and notes that were on screen.
   */
  function forgetAllButTheWrapUp(call: PoppedCall): void {
    call.shown.clear();
    call.draftNotes.clear();
    call.identified &&= call.identified.then(
      ({ matches }) => ({ matches, onlyClient: null }),
      () => nobody,
    );
  }

  /** The extensions whose agents were just handed the call's wrap-up form. */
  function announceWrapUp(call: PoppedCall, at: number, agents: ReadonlyArray<readonly [extension: string | undefined, userIds: readonly number[]]>): void {
    const extensions = agents.flatMap(([extension, userIds]) => (extension !== undefined && userIds.some((userId) => call.shown.has(userId)) ? [extension] : []));
    if (extensions.length > 0) announce({ kind: 'opened', callId: call.callId, extensions: [...new Set(extensions)], at });
  }

  function announce(notice: WrapUpNotice): void {
    for (const listener of wrapUpListeners) listener(notice);
  }

  function rememberUnseenCall(event: CallEnded): PoppedCall {
    const summary = event.call;
    const callerNumber = summary.direction === 'outbound' ? summary.to : summary.from;
    const call: PoppedCall = {
      callId: summary.callId,
      direction: summary.direction,
      callerNumber,
      caller: describeNumber(callerNumber, dependencies.defaultCountry),
      queue: summary.queue,
      crmRequestId: summary.crmRequestId,
      ringingSince: new Date(summary.startedAt).toISOString(),
      extensions: new Map(),
      shown: new Map(),
      participants: new Set(),
      draftNotes: new Map(),
      handling: Promise.resolve(),
    };
    calls.set(summary.callId, call);
    return call;
  }

  /** A wrap-up that came before its call was logged is applied as soon as the log has it. */
  function retryWrapUp(callId: string): void {
    const delays = dependencies.wrapUpRetryDelaysMs ?? defaultWrapUpRetryDelaysMs;
    const attempt = (index: number) => {
      const delay = delays[index];
      if (delay === undefined) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        wrapUps
          .apply(callId)
          .then((applied) => (applied.interactionId === null ? attempt(index + 1) : waitingWrapUps.delete(callId)))
          .catch((error: unknown) => log.warn({ err: error, callId }, 'applying a wrap-up failed'));
      }, delay);
      timer.unref();
      timers.add(timer);
    };
    attempt(0);
  }

  function poppedCallOf(callId: string, user: SessionUser): PoppedCall {
    const call = calls.get(callId);
    if (call === undefined || !call.participants.has(user.id)) throw ValidationError.of('callId', 'is not a call on your screen');
    return call;
  }

  async function requireWrapUpRight(callId: string, user: SessionUser): Promise<void> {
    if (hasRole(user, 'supervisor') || calls.get(callId)?.participants.has(user.id)) return;
    throw httpError(403, 'Only an agent who had this call, or a supervisor, may wrap it up');
  }

  function forgetOldCalls(): void {
    const oldest = Date.now() - endedCallMemoryMs;
    for (const [callId, call] of calls) {
      if (call.endedAt === undefined || call.endedAt >= oldest) continue;
      calls.delete(callId);
      waitingWrapUps.delete(callId);
    }
  }

  return {
    async idle() {
      let seen: Promise<void> | undefined;
      while (seen !== pending) {
        seen = pending;
        await seen;
      }
    },
    onWrapUp(listener) {
      wrapUpListeners.add(listener);
      return () => wrapUpListeners.delete(listener);
    },
    stop() {
      unsubscribe();
      clearInterval(sweep);
      for (const timer of timers) clearTimeout(timer);
      for (const remove of removeHandlers) remove();
    },
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function baseOf(call: PoppedCall): Pick<PopShow, 'callId' | 'direction' | 'caller' | 'queue' | 'ringingSince'> {
  return { callId: call.callId, direction: call.direction, caller: call.caller, ...(call.queue !== undefined && { queue: call.queue }), ringingSince: call.ringingSince };
}

/** The number for people: formatted, with its country, ready to become a new client's phone. */
export function describeNumber(number: string, defaultCountry: CountryCode): Caller {
  const parsed = parsePhoneNumber(number, defaultCountry);
  const country = parsed.country;
  return {
    number,
    e164: parsed.e164,
    display: number ? formatPhoneForDisplay(parsed.e164 ?? number) : 'Withheld number',
    country,
    region: country === null ? null : (regionNames.of(country) ?? null),
  };
}

function toCard(summary: ClientSummary): ClientCardSummary {
  return {
    ...summary,
    segments: [...summary.segments],
    keyProperties: [...summary.keyProperties],
    lastInteractions: summary.lastInteractions.map((interaction) => ({ ...interaction, startedAt: interaction.startedAt.toISOString() })),
    openTasks: summary.openTasks.map((task) => ({ ...task, dueAt: task.dueAt?.toISOString() ?? null })),
  };
}
