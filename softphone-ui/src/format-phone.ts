/** A phone number as people read it in the number's own country: `+380 67 123 4567`. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export function formatPhone(phone: { readonly e164?: string | null; readonly raw?: string } | string): string {
  const text = typeof phone === 'string' ? phone : (phone.e164 ?? phone.raw ?? '');
  const parsed = text.startsWith('+') ? parsePhoneNumberFromString(text) : undefined;
  return parsed?.isValid() ? parsed.formatInternational() : text;
}
