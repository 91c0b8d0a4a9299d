/**
 * The bench's reference point: a bare three.js page drawing public/models/body.glb as it comes
 * (GLTFLoader + meshopt decoder, the GLB's own materials), with OrbitControls and continuous
 * rendering. Same lens, front pose, pixel ratio and renderer options as Myomap's Explore view, so
 * `frameTimeRatio` and `timeToFirstFrameRatio` measure what Myomap adds on top of plain three.js.
 * Canvas size: `?w=&h=` (CSS pixels; the bench passes Myomap's canvas size), else the window.
 */
import { DirectionalLight, HemisphereLight, PerspectiveCamera, Scene, WebGLRenderer, Box3, Vector3 } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
// The app's own preset-pose maths (pure, three's Vector3 only), so the camera is the same by construction.
import { presetPose } from '../../src/scene/framing';
import type { BaselineHook } from './hook';

const params = new URLSearchParams(location.search);
const width = Number(params.get('w')) || innerWidth;
const height = Number(params.get('h')) || innerHeight;
const canvas = document.getElementById('c') as HTMLCanvasElement;

// As Myomap's SceneCanvas: no MSAA under software rendering, alpha, dpr clamped to [1, 2].
const probe = document.createElement('canvas').getContext('webgl2');
const info = probe?.getExtension('WEBGL_debug_renderer_info');
const rendererName = probe && info ? String(probe.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
const software = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(rendererName);

const renderer = new WebGLRenderer({ canvas, antialias: !software, alpha: true, powerPreference: 'high-performance' });
renderer.setPixelRatio(Math.min(Math.max(devicePixelRatio, 1), 2));
renderer.setSize(width, height);

// R3F's defaults for Myomap's camera: fov 30, near 0.02, far 40.
const camera = new PerspectiveCamera(30, width / height, 0.02, 40);
camera.position.set(0, 1, 5);
const scene = new Scene();
scene.add(new HemisphereLight('#ffffff', '#9c8f86', 1.7));
const key = new DirectionalLight('#ffffff', 1.9);
key.position.set(-0.6, 1.9, 5.4);
scene.add(key);
const controls = new OrbitControls(camera, canvas);

const hook: BaselineHook = {
  ready: false,
  frames: 0,
  firstFrameMs: null,
  canvas: { width, height, pixelRatio: renderer.getPixelRatio() },
  renderFrames: async () => Number.NaN,
  renderInfo: () => ({ calls: renderer.info.render.calls, triangles: renderer.info.render.triangles, programs: renderer.info.programs?.length ?? 0 }),
};
window.__baseline = hook;

let paused = false;
function loop(): void {
  requestAnimationFrame(loop);
  if (paused) return;
  controls.update();
  renderer.render(scene, camera);
  hook.frames += 1;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

hook.renderFrames = async (n) => {
  paused = true;
  const gl = renderer.getContext();
  const pixel = new Uint8Array(4);
  const times: number[] = [];
  try {
    for (let i = 0; i < Math.max(1, n); i++) {
      await nextFrame();
      const t0 = performance.now();
      renderer.render(scene, camera);
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      times.push(performance.now() - t0);
      hook.frames += 1;
    }
  } finally {
    paused = false;
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
};

const loader = new GLTFLoader();
loader.setMeshoptDecoder(MeshoptDecoder);
loader.load(
  './models/body.glb',
  (gltf) => {
    scene.add(gltf.scene);
    scene.updateMatrixWorld(true);
    // Myomap's bounds: every drawn mesh plus the landmark points.
    const bounds = new Box3().setFromObject(gltf.scene);
    gltf.scene.traverse((o) => {
      if (o.name.startsWith('landmark:')) bounds.expandByPoint(o.getWorldPosition(new Vector3()));
    });
    const pose = presetPose('front', bounds, { fov: camera.fov, aspect: camera.aspect });
    camera.position.copy(pose.position);
    controls.target.copy(pose.target);
    controls.update();
    renderer.render(scene, camera);
    hook.frames += 1;
    hook.firstFrameMs = performance.now();
    hook.ready = true;
    requestAnimationFrame(loop);
  },
  undefined,
  (err) => console.error('baseline: body.glb did not load', err),
);
