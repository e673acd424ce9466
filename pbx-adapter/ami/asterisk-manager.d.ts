/** The parts of asterisk-manager 0.2 (untyped CommonJS) that the simulator tests and the ingest bench use. */
declare module 'asterisk-manager' {
  /** Keys lowercased by the library; repeated keys become arrays, `Variable` lines an object. */
  type AsteriskManagerRecord = Record<string, string | string[] | Record<string, string>>;

  interface AsteriskManager {
    on(event: string, listener: (message: AsteriskManagerRecord) => void): AsteriskManager;
    removeAllListeners(event?: string): AsteriskManager;
    action(
      action: Record<string, string | number | Record<string, string>>,
      callback?: (error: AsteriskManagerRecord | undefined, response: AsteriskManagerRecord) => void,
    ): string;
    isConnected(): boolean;
    disconnect(callback?: () => void): void;
  }

  function createAsteriskManager(port: number, host: string, username: string, secret: string, events: boolean): AsteriskManager;
  export = createAsteriskManager;
}
