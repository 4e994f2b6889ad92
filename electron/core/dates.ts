const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD in local time: the one date format on screen and on paper. */
export function formatDate(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** YYYY-MM-DD HH:mm in local time. */
export function formatDateTime(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  return `${formatDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
