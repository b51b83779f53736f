export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
