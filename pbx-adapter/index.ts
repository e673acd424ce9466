/**
 * The PBX adapter's public surface: the typed call stream, the adapter that produces it from
 * Asterisk's AMI, and the simulated PBX (AMI server, scripted calls, recorded transcripts) that the
 * demo and the tests run against.
 */
export type * from './pbx-events.ts';
export {
  createPbxAdapter,
  systemClock,
  type PbxAdapter,
  type PbxAdapterOptions,
  type PbxAgentState,
  type PbxAdapterStatus,
  type PbxClock,
  type PbxLiveCall,
  type TransferRequest,
} from './pbx-adapter.ts';
export {
  CRM_CALLER_ID_VARIABLE,
  PbxAdapterError,
  RECORDED_SITE_DIALPLAN,
  type AgentChannelRule,
  type ClickToCallRequest,
  type DialplanSettings,
  type PbxErrorCode,
  type SupervisionMode,
  type SupervisionRequest,
} from './pbx-actions.ts';
export { CRM_REQUEST_VARIABLE } from './ami/ami-events.ts';
export { DEFAULT_AMI_TIMING, type AmiConnectionState, type AmiConnectionTiming } from './ami/ami-connection.ts';
export { DEFAULT_ROUTING_RULES, type CallRoutingRules } from './call-state/channel-roles.ts';
export { createAmiServer, type AmiServer, type AmiServerOptions, type AmiServerUser } from './simulator/ami-server.ts';
export {
  DEMO_SITE,
  RECORDED_SITE,
  createScriptedPbx,
  type DidRoute,
  type InboundCallOptions,
  type OutboundCallOptions,
  type PlacedCall,
  type QueueCallOptions,
  type ScriptedAgent,
  type ScriptedPbx,
  type ScriptedPbxConfig,
  type ScriptedPbxOptions,
} from './simulator/scripted-pbx.ts';
export { startDemoTraffic, type DemoTrafficOptions } from './simulator/scripted-demo-traffic.ts';
export { createManualScheduler, createRealScheduler, type ManualScheduler, type Scheduler } from './simulator/scripted-scheduler.ts';
export { loadTranscript, type Transcript } from './simulator/transcript-replay.ts';
export type { SimulatedPbx } from './simulator/simulated-pbx.ts';
