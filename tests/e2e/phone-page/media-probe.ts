/**
 * What the browser itself carried: every RTCPeerConnection the page opens is recorded, so a test
 * reads WebRTC's own statistics and the DTMF tones the browser played, whatever code made the call.
 * Installed by the phone page, and into the app's pages as an init script (media-probe-script.ts).
 */
import type { AudioFlow, MediaProbe } from './phone-page-api.ts';

export function installMediaProbe(): MediaProbe {
  const peerConnections: RTCPeerConnection[] = [];
  const hookedSenders = new WeakSet<RTCRtpSender>();
  let dtmfTonesPlayed = '';

  function listenForDtmf(connection: RTCPeerConnection): void {
    for (const sender of connection.getSenders()) {
      if (!sender.dtmf || hookedSenders.has(sender)) continue;
      hookedSenders.add(sender);
      sender.dtmf.addEventListener('tonechange', (event) => {
        dtmfTonesPlayed += event.tone;
      });
    }
  }

  const NativePeerConnection = globalThis.RTCPeerConnection;
  globalThis.RTCPeerConnection = class RecordedPeerConnection extends NativePeerConnection {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      peerConnections.push(this);
      this.addEventListener('signalingstatechange', () => listenForDtmf(this));
    }
  };

  const open = () => peerConnections.filter((each) => each.connectionState !== 'closed');
  return {
    audioFlows: () => Promise.all(open().map(audioFlowOf)),
    get dtmfTonesPlayed() {
      return dtmfTonesPlayed;
    },
    microphonesSending: () =>
      open()
        .flatMap((connection) => connection.getSenders())
        .flatMap((sender) => (sender.track?.kind === 'audio' && sender.track.readyState === 'live' ? [sender.track.label] : [])),
  };
}

async function audioFlowOf(connection: RTCPeerConnection): Promise<AudioFlow> {
  let bytesSent = 0;
  let bytesReceived = 0;
  (await connection.getStats()).forEach((stat: { type: string; kind?: string; bytesSent?: number; bytesReceived?: number }) => {
    if (stat.kind !== 'audio') return;
    if (stat.type === 'outbound-rtp') bytesSent += stat.bytesSent ?? 0;
    if (stat.type === 'inbound-rtp') bytesReceived += stat.bytesReceived ?? 0;
  });
  return { iceConnectionState: connection.iceConnectionState, bytesSent, bytesReceived };
}
