/**
 * AMI ingest: 200,000 real Asterisk events over a loopback TCP socket, written in chunks of
 * 1-4,096 bytes cut anywhere, into typed call events.
 *
 * The stream is the `load_busy_center` transcript's events (200 overlapping calls), repeated with
 * Uniqueids, Linkedids, channel numbers and bridge ids shifted per copy so no two calls collide.
 * A child process plays a minimal AMI server (banner, Login, Ping, Logoff) and writes the stream
 * after each Login, so the writing does not share the measured process's event loop.
 * Measured, from connect to the last event (median of the runs):
 * - ours: createAmiConnection (socket + parser, skipping unparsed the events the tracker's
 *   `wantsEvent` refuses) -> createCallTracker().ingest (and, for the breakdown, the same without
 *   the ingest). An event counts once framed: handed to `onEvent`, or skipped.
 * - asterisk-manager 0.2: its 'managerevent' emissions, no further processing
 * Target: ours >= 100,000 events/s, ratio >= 5, lost = 0 (events written minus events framed).
 *
 * npx tsx tests/bench/run.ts ami-ingest [runs]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import createAsteriskManager from 'asterisk-manager';
import pino from 'pino';
import { createAmiConnection } from '../../pbx-adapter/ami/ami-connection.ts';
import { amiHeader, formatAmiMessage } from '../../pbx-adapter/ami/ami-format.ts';
import type { AmiMessage } from '../../pbx-adapter/ami/ami-message.ts';
import { createAmiParser } from '../../pbx-adapter/ami/ami-parser.ts';
import { createCallTracker } from '../../pbx-adapter/call-state/call-tracker.ts';
import { loadTranscript } from '../../pbx-adapter/simulator/transcript-replay.ts';

const TOTAL_EVENTS = 200_000;
const MAX_CHUNK = 4096;
/** How long the stream may stay quiet after the last write before missing events count as lost. */
const QUIET_AFTER_WRITTEN_MS = 2000;

const SERVE_FLAG = '--serve-stream';
const CHUNK_SEED = 20_261_122;

/** A repeatable chunk size sequence (LCG), so every client gets the same cuts. */
function chunkSizes(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return 1 + (state % MAX_CHUNK);
  };
}

/** Copy `copy` of the transcript, with every identifier moved out of the other copies' way. */
function shiftIdentifiers(text: string, copy: number): string {
  if (copy === 0) return text;
  return text
    .replace(/\b(1\d{9})\.(\d+)\b/g, (_, seconds: string, sequence: string) => `${Number(seconds) + copy * 1000}.${sequence}`)
    .replace(/-([0-9a-f]{8})(?![0-9a-f])/g, (_, counter: string) => `-${(Number.parseInt(counter, 16) + copy * 0x1000).toString(16).padStart(8, '0')}`)
    .replace(/\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)[0-9a-f]{2}([0-9a-f]{10})\b/g, (_, head: string, tail: string) =>
      `${head}${copy.toString(16).padStart(2, '0')}${tail}`,
    );
}

function buildEventStream(): Buffer {
  const events = loadTranscript('load_busy_center')
    .messages.filter((message) => message.kind.startsWith('Event:'))
    .map((message) => message.bytes.toString('utf8'));
  const parts: string[] = [];
  for (let copy = 0; parts.length < TOTAL_EVENTS; copy++) {
    const shifted = shiftIdentifiers(events.join(''), copy).split(/(?<=\r\n\r\n)/);
    parts.push(...shifted.slice(0, TOTAL_EVENTS - parts.length));
  }
  return Buffer.from(parts.join(''), 'utf8');
}

/** Child side: banner, Login, then the whole stream in random cuts, honouring backpressure. */
function serveStream(streamPath: string): void {
  const bytes = readFileSync(streamPath);
  const server = createServer((socket) => {
    socket.write('Asterisk Call Manager/11.0.0\r\n');
    const parser = createAmiParser({ onMessage: (action) => answer(socket, action) });
    socket.on('data', (chunk: Buffer) => parser.push(chunk, Date.now()));
    socket.on('error', () => {});
  });

  function reply(socket: Socket, action: AmiMessage, lines: [string, string][]): void {
    const actionId = amiHeader(action, 'ActionID');
    socket.write(formatAmiMessage(actionId ? [lines[0]!, ['ActionID', actionId], ...lines.slice(1)] : lines));
  }

  function answer(socket: Socket, action: AmiMessage): void {
    const name = amiHeader(action, 'Action')?.toLowerCase();
    if (name === 'login') {
      reply(socket, action, [['Response', 'Success'], ['Message', 'Authentication accepted']]);
      void writeStream(socket);
    } else if (name === 'ping') {
      reply(socket, action, [['Response', 'Success'], ['Ping', 'Pong'], ['Timestamp', (Date.now() / 1000).toFixed(6)]]);
    } else if (name === 'logoff') {
      reply(socket, action, [['Response', 'Goodbye'], ['Message', 'Thanks for all the fish.']]);
      socket.end();
    }
  }

  async function writeStream(socket: Socket): Promise<void> {
    const nextSize = chunkSizes(CHUNK_SEED);
    for (let offset = 0; offset < bytes.length && !socket.destroyed; ) {
      const end = Math.min(bytes.length, offset + nextSize());
      if (!socket.write(bytes.subarray(offset, end))) await once(socket, 'drain');
      offset = end;
    }
    process.send?.({ written: true });
  }

  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
}

interface RunResult {
  readonly received: number;
  readonly seconds: number;
  /** CPU time this process spent; on a busy machine wall time also counts waiting for a core. */
  readonly cpuSeconds: number;
  readonly typedEvents: number;
}

/** Resolves when `expected` events arrived, or once the writer is done and the stream went quiet. */
function countUntilDone(
  writer: ChildProcess,
  start: (onEvent: () => void) => () => void,
): Promise<{ received: number; seconds: number; cpuSeconds: number }> {
  return new Promise((resolve) => {
    const startedAt = performance.now();
    const cpuAtStart = process.cpuUsage();
    let received = 0;
    let lastAt = startedAt;
    let quietTimer: NodeJS.Timeout | undefined;
    let stop: () => void = () => {};
    const finish = () => {
      clearTimeout(quietTimer);
      writer.off('message', onWriterMessage);
      const cpu = process.cpuUsage(cpuAtStart);
      stop();
      resolve({ received, seconds: (lastAt - startedAt) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
    };
    const waitForQuiet = () => {
      const before = received;
      quietTimer = setTimeout(() => (received === before ? finish() : waitForQuiet()), QUIET_AFTER_WRITTEN_MS);
    };
    const onWriterMessage = (message: { written?: boolean }) => {
      if (message.written && received < TOTAL_EVENTS) waitForQuiet();
    };
    writer.on('message', onWriterMessage);
    stop = start(() => {
      received++;
      lastAt = performance.now();
      if (received === TOTAL_EVENTS) finish();
    });
  });
}

/** `track: false` measures our transport alone (socket, parser, connection), for the breakdown. */
async function runOurs(writer: ChildProcess, port: number, track: boolean): Promise<RunResult> {
  const tracker = createCallTracker();
  let typedEvents = 0;
  const result = await countUntilDone(writer, (counted) => {
    const connection = createAmiConnection({
      host: '127.0.0.1',
      port,
      username: 'bench',
      secret: 'bench',
      log: pino({ level: 'silent' }),
      clock: Date,
      timing: { reconnectInitialDelayMs: 60_000 },
      wantsEvent: tracker.wantsEvent,
      onEvent: (event) => {
        if (track) typedEvents += tracker.ingest(event).length;
        counted();
      },
      onEventSkipped: counted,
    });
    return () => void connection.close();
  });
  return { ...result, typedEvents };
}

async function runAsteriskManager(writer: ChildProcess, port: number): Promise<RunResult> {
  const result = await countUntilDone(writer, (counted) => {
    const manager = createAsteriskManager(port, '127.0.0.1', 'bench', 'bench', true);
    manager.on('managerevent', counted);
    return () => {
      manager.removeAllListeners('managerevent');
      manager.disconnect();
    };
  });
  return { ...result, typedEvents: 0 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const stream = buildEventStream();
  const directory = mkdtempSync(join(tmpdir(), 'ami-ingest-'));
  const streamPath = join(directory, 'stream.ami');
  writeFileSync(streamPath, stream);
  console.log(`stream: ${TOTAL_EVENTS} events, ${(stream.length / 1e6).toFixed(1)} MB, chunks of 1-${MAX_CHUNK} bytes, ${runs} runs each`);

  const writer = fork(fileURLToPath(import.meta.url), [SERVE_FLAG, streamPath]);
  const [{ port }] = (await once(writer, 'message')) as [{ port: number }];

  const ours: RunResult[] = [];
  const transportOnly: RunResult[] = [];
  const theirs: RunResult[] = [];
  const describe = (result: RunResult) =>
    `${Math.round(result.received / result.seconds)}/s (${Math.round(result.received / result.cpuSeconds)} per CPU-second, ${result.received} events)`;
  for (let run = 0; run < runs; run++) {
    ours.push(await runOurs(writer, port, true));
    transportOnly.push(await runOurs(writer, port, false));
    theirs.push(await runAsteriskManager(writer, port));
    console.log(
      `run ${run + 1}: ours ${describe(ours.at(-1)!)} -> ${ours.at(-1)!.typedEvents} call events; ` +
        `ours without the tracker ${describe(transportOnly.at(-1)!)}; asterisk-manager ${describe(theirs.at(-1)!)}`,
    );
  }
  writer.kill();
  rmSync(directory, { recursive: true });

  const oursRate = median(ours.map((result) => result.received / result.seconds));
  const theirRate = median(theirs.map((result) => result.received / result.seconds));
  const transportRate = median(transportOnly.map((result) => result.received / result.seconds));
  const lost = Math.max(...ours.map((result) => TOTAL_EVENTS - result.received));
  const theirLost = Math.max(...theirs.map((result) => TOTAL_EVENTS - result.received));
  console.log(
    `BENCH ami-ingest events=${TOTAL_EVENTS} ours_events_per_s=${Math.round(oursRate)} asterisk_manager_events_per_s=${Math.round(theirRate)}` +
      ` ratio=${(oursRate / theirRate).toFixed(2)} lost=${lost} call_events=${ours[0]!.typedEvents}` +
      ` ours_without_tracker_events_per_s=${Math.round(transportRate)} asterisk_manager_lost=${theirLost}`,
  );
}

if (process.argv[2] === SERVE_FLAG) serveStream(process.argv[3]!);
else await main();
