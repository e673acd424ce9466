import { PbxAdapterError, type PbxErrorCode } from '../../pbx-adapter/index.ts';
import { httpError } from '../http-errors.ts';

const statusOfPbxError: Record<PbxErrorCode, number> = {
  'invalid-request': 400,
  'agent-unavailable': 409,
  'agent-not-on-call': 409,
  'unknown-call': 409,
  'not-transferable': 409,
  'not-started': 503,
  'not-connected': 503,
  'auth-failed': 503,
  rejected: 502,
  timeout: 504,
};

/** A PBX refusal as the HTTP answer the user reads: the adapter's message says what to do. */
export function pbxErrorToHttp(error: unknown): unknown {
  if (!(error instanceof PbxAdapterError)) return error;
  return httpError(statusOfPbxError[error.code], error.message);
}
