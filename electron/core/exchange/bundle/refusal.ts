// The refusal of a received file in plain Chinese, and the password-related refusals.
import { DossierError } from '../../api/errors';

/** A received file refused, with the reason in plain Chinese. Nothing was kept of it. */
export function refuse(message: string, path: 'file' | 'password' = 'file'): DossierError {
  return new DossierError('validation', message, [{ path, message }]);
}

/** Whether a refusal is about the password (the UI then asks for it). */
export function isPasswordRefusal(error: unknown): boolean {
  return error instanceof DossierError && error.fields.some((f) => f.path === 'password');
}

/** Asked for a password: the bundle is encrypted and none (or an empty one) was given. */
export const PASSWORD_REQUIRED = '该卷宗已加密，请输入密码。';
export const WRONG_PASSWORD = '密码不正确';
