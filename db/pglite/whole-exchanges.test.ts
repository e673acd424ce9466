import { describe, expect, it } from 'vitest';
import { enqueueWholeExchanges, type Enqueue } from './whole-exchanges.ts';

/** A protocol message: its type letter and a body naming it, enough to tell messages apart. */
function message(type: string, label: string): Uint8Array {
  return new Uint8Array([type.charCodeAt(0), ...new TextEncoder().encode(label)]);
}

function recordingQueue() {
  const queued: { handlerId: number; types: string }[] = [];
  const enqueue: Enqueue = async (handlerId, bytes) => {
    queued.push({ handlerId, types: new TextDecoder().decode(bytes) });
    return bytes.length;
  };
  return { queued, enqueue };
}

describe('whole extended-protocol exchanges', () => {
  it('queues each connection’s Parse…Sync as one piece, however the connections interleave', async () => {
    const { queued, enqueue } = recordingQueue();
    const wrapped = enqueueWholeExchanges(enqueue);
    const ignore = () => {};
    const interleaved: [number, string][] = [
      [1, 'P'], [2, 'P'], [1, 'B'], [2, 'B'], [2, 'D'], [1, 'D'], [1, 'E'], [2, 'E'], [2, 'S'], [1, 'S'],
    ];
    await Promise.all(interleaved.map(([handlerId, type]) => wrapped(handlerId, message(type, `${handlerId}`), ignore)));
    expect(queued).toEqual([
      { handlerId: 2, types: 'P2B2D2E2S2' },
      { handlerId: 1, types: 'P1B1D1E1S1' },
    ]);
  });

  it('passes simple queries, Flush and the start-up messages straight through', async () => {
    const { queued, enqueue } = recordingQueue();
    const wrapped = enqueueWholeExchanges(enqueue);
    await wrapped(1, new Uint8Array([0, 0, 0, 8, 4, 210, 22, 47]), () => {});
    await wrapped(1, message('Q', 'select 1'), () => {});
    await wrapped(1, message('P', 'x'), () => {});
    await wrapped(1, message('H', ''), () => {});
    expect(queued.map((entry) => entry.types)).toEqual([new TextDecoder().decode(new Uint8Array([0, 0, 0, 8, 4, 210, 22, 47])), 'Qselect 1', 'PxH']);
  });
});
