/**
 * What part a channel plays in a call, from its name and the context it was created in:
 * a trunk leg (the outside world), an agent's phone, or something in between that only
 * counts for "is the call still alive" (the other half of a Local channel, an IVR, …).
 * Direction follows from these roles; it is never guessed from the length of a number.
 */

export type LegRole = 'inbound-trunk' | 'outbound-trunk' | 'agent' | 'other';

export interface CallRoutingRules {
  /** Dialplan contexts where calls from the outside world arrive (a trunk endpoint's `context`). */
  readonly inboundTrunkContexts: readonly string[];
  /** Contexts whose Local channels stand for the outside world on outbound calls. */
  readonly outboundTrunkContexts: readonly string[];
  /** Channel names of trunk legs in either direction (`PJSIP/trunk-…`). */
  readonly trunkChannelPatterns: readonly RegExp[];
  /** Contexts whose Local channels (`Local/<ext>@<context>`) ring an agent's phone. */
  readonly agentContexts: readonly string[];
  /** Channel technologies whose non-trunk channels are agents' phones, named after their extension. */
  readonly agentTechnologies: readonly string[];
}

export const DEFAULT_ROUTING_RULES: CallRoutingRules = {
  inboundTrunkContexts: ['from-pstn', 'from-trunk', 'from-external', 'from-did'],
  outboundTrunkContexts: ['pstn-out', 'outbound-trunk', 'to-pstn'],
  trunkChannelPatterns: [/^(?:PJSIP|SIP|IAX2)\/trunk/i, /^DAHDI\//],
  agentContexts: ['agents', 'from-queue', 'from-internal', 'ext-local'],
  agentTechnologies: ['PJSIP', 'SIP', 'IAX2'],
};

export function routingRules(overrides: Partial<CallRoutingRules> = {}): CallRoutingRules {
  return { ...DEFAULT_ROUTING_RULES, ...overrides };
}

export interface ChannelRole {
  readonly role: LegRole;
  /** Agents only: the extension whose phone this channel is. */
  readonly extension?: string;
}

interface LocalChannelName {
  readonly exten: string;
  readonly context: string;
  readonly half: '1' | '2';
}

const LOCAL_CHANNEL = /^Local\/([^@]*)@(.+)-[0-9a-f]+;([12])$/;
const DEVICE_CHANNEL = /^([A-Za-z0-9]+)\/(.+)-[0-9a-f]+$/;

function parseLocalChannel(channel: string): LocalChannelName | undefined {
  const match = LOCAL_CHANNEL.exec(channel);
  if (!match) return undefined;
  return { exten: match[1] ?? '', context: match[2] ?? '', half: match[3] === '1' ? '1' : '2' };
}

/**
 * A Local channel is a pair: `;1` is what the PBX dials, `;2` runs the dialplan of the named context.
 * So `;1` of an agent context is the agent's phone, `;2` of an inbound-trunk context is the trunk leg,
 * `;1` of an outbound-trunk context is the trunk leg, and every other half is plumbing.
 */
function localChannelRole(local: LocalChannelName, rules: CallRoutingRules): ChannelRole {
  if (local.half === '1' && rules.agentContexts.includes(local.context)) return { role: 'agent', extension: local.exten };
  if (local.half === '2' && rules.inboundTrunkContexts.includes(local.context)) return { role: 'inbound-trunk' };
  if (local.half === '1' && rules.outboundTrunkContexts.includes(local.context)) return { role: 'outbound-trunk' };
  return { role: 'other' };
}

/**
 * @param context the context of the channel's `Newchannel` (a PJSIP endpoint's configured context)
 * @param incoming whether the channel was created by a request from outside (its `Newchannel` shows
 *   state 4 Ring), as opposed to dialled or originated by the PBX (state 0 Down): an incoming trunk
 *   channel brought a call in, a dialled one takes it out.
 */
export function classifyChannel(
  channel: string,
  context: string | undefined,
  incoming: boolean,
  rules: CallRoutingRules,
): ChannelRole {
  const local = parseLocalChannel(channel);
  if (local) return localChannelRole(local, rules);
  const isTrunk =
    rules.trunkChannelPatterns.some((pattern) => pattern.test(channel)) ||
    (context !== undefined && rules.inboundTrunkContexts.includes(context));
  if (isTrunk) return { role: incoming ? 'inbound-trunk' : 'outbound-trunk' };
  const device = DEVICE_CHANNEL.exec(channel);
  if (device && rules.agentTechnologies.includes(device[1] ?? '')) return { role: 'agent', extension: device[2] };
  return { role: 'other' };
}

/** The extension of a queue member or hint interface: `Local/201@agents/n` → 201, `PJSIP/7001` → 7001. */
export function extensionOfInterface(memberInterface: string): string | undefined {
  const slash = memberInterface.indexOf('/');
  if (slash < 0) return undefined;
  const resource = memberInterface.slice(slash + 1);
  const end = resource.search(/[@/]/);
  const extension = end < 0 ? resource : resource.slice(0, end);
  return extension === '' ? undefined : extension;
}
