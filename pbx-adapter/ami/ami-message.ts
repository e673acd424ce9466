/**
 * One AMI message exactly as Asterisk sent it: `Key: Value` lines ended by an empty line.
 * Keys keep Asterisk's spelling (`Uniqueid` in most events, `UniqueID` in Cdr and CEL).
 */
export interface AmiMessage {
  /** The first value of every key. A null-prototype object: any key text is safe. */
  readonly fields: Readonly<Record<string, string>>;
  /** Only for keys that appeared more than once: every value, in order. */
  readonly repeated?: Readonly<Record<string, readonly string[]>>;
  /** When the socket read that completed this message returned: epoch ms from the adapter's clock. */
  readonly receivedAt: number;
}

/** Why a line of the stream was skipped. The parser never throws on input. */
export interface AmiMalformedLine {
  readonly reason: 'no-separator' | 'line-too-long' | 'binary' | 'message-too-large';
  /** The first bytes of the offending line, printable, for the log. */
  readonly excerpt: string;
}

/** A message to write: ordered `Key: Value` lines (keys may repeat, e.g. `Variable`). */
export type AmiOutgoing = ReadonlyArray<readonly [key: string, value: string]>;
