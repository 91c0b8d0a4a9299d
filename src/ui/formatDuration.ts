/** 75 → "1:15", 9 → "0:09" (whole seconds, rounded down). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A hold range in words: "30–90 s", "1–2 min" for whole minutes. */
export function rangeText(min: number, max: number): string {
  if (min % 60 === 0 && max % 60 === 0 && min >= 60) return `${min / 60}–${max / 60} min`;
  return min === max ? `${min} s` : `${min}–${max} s`;
}
