/**
 * Every finished call becomes exactly one interaction in the CRM. Recording is idempotent on the
 * PBX call id, so a replayed or resynced call never appears twice; a call whose number matches
 * no client is still logged, and is linked when the number is later added to a client. A
 * click-to-call is linked to the client it was placed for. Once logged, the call opens, joins or
 * closes a missed-call callback (crm-core/callbacks), idempotently as well.
 */
import type { Logger } from 'pino';
import type { CountryCode } from 'libphonenumber-js';
import type { CallbackService } from '../../crm-core/callbacks/callback.service.ts';
import type { Interaction, InteractionService } from '../../crm-core/interactions/interaction.service.ts';
import { maskPhone, parsePhoneNumber } from '../../crm-core/phones/phone-number.ts';
import type { CallerChoices } from '../../crm-core/phones/caller-choice.service.ts';
import type { PhoneLookup } from '../../crm-core/phones/phone.service.ts';
import { ValidationError } from '../../crm-core/shared/validation-error.ts';
import type { UserService } from '../../crm-core/users/user.service.ts';
import type { CallSummary, PbxEvent } from '../../pbx-adapter/index.ts';
import { clickToCallTargetOf } from './click-to-call-request.ts';

export interface CallLoggingDependencies {
  readonly pbx: { on(listener: (event: PbxEvent) => void): () => void };
  readonly interactions: Pick<InteractionService, 'recordCall' | 'linkCallToChosenClient'>;
  readonly phoneLookup: Pick<PhoneLookup, 'findClientsByPhone'>;
  /** Which of the clients sharing a number an agent picked on their card. */
  readonly callerChoices: Pick<CallerChoices, 'find'>;
  readonly users: Pick<UserService, 'findByExtension'>;
  /** Missed customer calls become callback tasks, and reaching the customer closes them. */
  readonly callbacks?: Pick<CallbackService, 'noteFinishedCall'>;
  readonly defaultCountry: CountryCode;
  readonly log: Logger;
  /** Delays between attempts when the database refuses a write. */
  readonly retryDelaysMs?: readonly number[];
}

export interface CallLogging {
  /** Resolves when every call that has ended so far is written (or has failed for good). */
  drain(): Promise<void>;
  stop(): void;
}

const defaultRetryDelaysMs = [200, 1_000, 5_000, 15_000];

export function startCallLogging(dependencies: CallLoggingDependencies): CallLogging {
  const log = dependencies.log.child({ module: 'call-logging' });
  const pending = new Set<Promise<void>>();

  const unsubscribe = dependencies.pbx.on((event) => {
    if (event.type !== 'call.ended' || !isCustomerCall(event.call)) return;
    const writing = logWithRetries(dependencies, event.call, log).finally(() => pending.delete(writing));
    pending.add(writing);
  });

  return {
    drain: async () => {
      while (pending.size > 0) await Promise.all(pending);
    },
    stop: unsubscribe,
  };
}

/** Supervisor listen-ins and attended-transfer consultations are not calls with a customer. */
function isCustomerCall(call: CallSummary): boolean {
  return !call.isSupervision && call.mergedInto === undefined;
}

async function logWithRetries(dependencies: CallLoggingDependencies, call: CallSummary, log: Logger): Promise<void> {
  const delays = dependencies.retryDelaysMs ?? defaultRetryDelaysMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const { created, interaction } = await logCall(dependencies, call);
      log.info({ callId: call.callId, outcome: call.outcome, created }, 'call logged');
      const callback = await dependencies.callbacks?.noteFinishedCall(finishedCall(interaction));
      if (callback && callback.kind !== 'unchanged') log.info({ callId: call.callId, callback: callback.kind }, 'callback updated');
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined) {
        log.error({ err: error, callId: call.callId }, 'call could not be logged');
        return;
      }
      log.warn({ err: error, callId: call.callId, retryInMs: delay }, 'logging a call failed; retrying');
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function logCall(dependencies: CallLoggingDependencies, call: CallSummary) {
  const customerNumber = call.direction === 'outbound' ? call.to : call.from;
  const dialledFor = clickToCallTargetOf(call.crmRequestId);
  const [agent, caller] = await Promise.all([findAgent(dependencies, call), dialledFor ? undefined : identifyCaller(dependencies, customerNumber)]);
  if (dialledFor === undefined) {
    const recorded = await recordCall(dependencies, call, caller?.onlyClient, agent?.id ?? null);
    return agent && caller && caller.clientIds.size > 1 ? linkToAgentsChoice(dependencies, recorded, customerNumber, caller.clientIds, agent.id) : recorded;
  }
  try {
    return await recordCall(dependencies, call, dialledFor, agent?.id ?? null);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // The client dialled was removed while the call went on: link by the number instead.
    const byNumber = await identifyCaller(dependencies, customerNumber);
    return recordCall(dependencies, call, byNumber.onlyClient, agent?.id ?? null);
  }
}

/**
 * A number several clients share: the call goes to the client the agent picked for it, as their
 * card showed. Checked after the call is written, so a pick made meanwhile is never missed (a
 * pick made later links the call itself, in the screen-pop).
 */
async function linkToAgentsChoice(
  dependencies: CallLoggingDependencies,
  recorded: { readonly interaction: Interaction; readonly created: boolean },
  number: string,
  clientIds: ReadonlySet<number>,
  agentId: number,
) {
  if (recorded.interaction.clientId !== null) return recorded;
  const choice = await dependencies.callerChoices.find(number, agentId);
  if (choice === null || !clientIds.has(choice.clientId)) return recorded;
  const linked = await dependencies.interactions.linkCallToChosenClient(recorded.interaction.pbxCallId ?? '', choice, { userId: agentId });
  return linked ? { ...recorded, interaction: { ...recorded.interaction, clientId: choice.clientId, contactPersonId: choice.contactPersonId } } : recorded;
}

function recordCall(
  dependencies: CallLoggingDependencies,
  call: CallSummary,
  client: { readonly clientId: number; readonly contactPersonId: number | null } | undefined,
  userId: number | null,
) {
  return dependencies.interactions.recordCall({
    pbxCallId: call.callId,
    direction: call.direction === 'inbound' ? 'in' : call.direction === 'outbound' ? 'out' : null,
    fromNumber: toStoredNumber(call.from, dependencies.defaultCountry),
    toNumber: toStoredNumber(call.to, dependencies.defaultCountry),
    outcome: call.outcome,
    startedAt: new Date(call.startedAt),
    endedAt: new Date(call.endedAt),
    waitSeconds: Math.round(call.waitSeconds),
    talkSeconds: Math.round(call.talkSeconds),
    queue: call.queue ?? null,
    clientId: client?.clientId ?? null,
    contactPersonId: client?.contactPersonId ?? null,
    userId,
  });
}

function finishedCall(interaction: Interaction) {
  const customerNumber = interaction.direction === 'out' ? interaction.toNumber : interaction.fromNumber;
  return {
    pbxCallId: interaction.pbxCallId ?? '',
    direction: interaction.direction,
    outcome: interaction.callOutcome ?? 'failed',
    customerNumber,
    queue: interaction.queue,
    clientId: interaction.clientId,
    contactPersonId: interaction.contactPersonId,
    interactionId: interaction.id,
    startedAt: interaction.startedAt,
    endedAt: interaction.endedAt ?? interaction.startedAt,
  };
}

/** The clients with this number; the call is linked by the number alone only when it names one. */
async function identifyCaller(dependencies: CallLoggingDependencies, number: string) {
  const matches = number ? await dependencies.phoneLookup.findClientsByPhone(number) : [];
  const clientIds = new Set(matches.map((match) => match.client.id));
  const [first] = matches;
  if (clientIds.size > 1) dependencies.log.debug({ number: maskPhone(number), matches: clientIds.size }, 'several clients share the number');
  const onlyClient = clientIds.size === 1 && first !== undefined ? { clientId: first.client.id, contactPersonId: first.contactPerson?.id ?? null } : undefined;
  return { onlyClient, clientIds };
}

async function findAgent(dependencies: CallLoggingDependencies, call: CallSummary) {
  const extension = call.answeredBy ?? (call.direction === 'outbound' ? call.from : call.agentsRung[0]);
  return extension ? dependencies.users.findByExtension(extension) : null;
}

/** Numbers are stored in E.164 where they parse, so a later client with that number finds the call. */
function toStoredNumber(number: string, defaultCountry: CountryCode): string | null {
  if (!number) return null;
  return parsePhoneNumber(number, defaultCountry).e164 ?? number;
}
