/** Shown instead of the 3D view when the browser has no WebGL. */
export function NoWebGLMessage() {
  return (
    <div className="stage-message" role="alert">
      <h2>The 3D view needs WebGL</h2>
      <p>This browser or device has WebGL turned off or does not support it, so the body cannot be drawn.</p>
      <p>What to try:</p>
      <ul>
        <li>Turn on hardware acceleration (graphics acceleration) in the browser settings, then reload.</li>
        <li>Update the browser and the graphics drivers, or use a recent Chrome, Edge, Firefox or Safari.</li>
        <li>Check that no extension or company policy blocks WebGL.</li>
      </ul>
      <p>You can still search and browse the muscles in the list; their details appear in the panel.</p>
    </div>
  );
}
