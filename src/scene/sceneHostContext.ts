import { createContext, useContext } from 'react';
import type { SceneHost } from './SceneHost';

/** The 3D view's engine, for the components that draw into it (provided by SceneCanvas). */
export const SceneHostContext = createContext<SceneHost | null>(null);

export function useSceneHost(): SceneHost {
  const host = useContext(SceneHostContext);
  if (!host) throw new Error('useSceneHost: used outside <SceneCanvas>');
  return host;
}
