// Formats ISO timestamps as local `YYYY-MM-DD HH:mm` or `YYYY-MM-DD`.
function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO timestamp → local `YYYY-MM-DD HH:mm`; anything unparsable is returned as it is. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** ISO timestamp → local `YYYY-MM-DD`. */
export function formatDate(iso: string): string {
  return formatDateTime(iso).slice(0, 10);
}
