/** Key to the drawing on the body: X markers (superficial, deep) and the two referral zones. */
export function ReferralLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <svg className="legend-x" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M4 4 L16 16 M16 4 L4 16" />
        </svg>
        Trigger point (superficial)
      </li>
      <li>
        <svg className="legend-x" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="10" cy="10" r="8" />
          <path d="M6 6 L14 14 M14 6 L6 14" />
        </svg>
        Trigger point (deep: X in a ring)
      </li>
      <li>
        <span className="swatch swatch-essential" aria-hidden="true" />
        Essential zone (solid): where the pain is nearly always felt
      </li>
      <li>
        <span className="swatch swatch-spillover" aria-hidden="true" />
        Spillover zone (dotted): where it is sometimes felt
      </li>
    </ul>
  );
}
