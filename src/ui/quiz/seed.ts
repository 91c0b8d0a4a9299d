/** A fresh quiz seed (1 – 999 999): short enough to read out to a class. */
export function newSeed(): number {
  return 1 + Math.floor(Math.random() * 999_999);
}
