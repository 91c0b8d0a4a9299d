import { useRef } from 'react';
import { HiddenFileInput } from './HiddenFileInput';
import { importPackFile, removeUserPack } from '../app/packActions';
import { useAppStore } from '../state/store';

/** "Content packs": the core pack's state, the user's packs (with Remove), and Import. */
export function PacksPanel() {
  const core = useAppStore((s) => s.corePack);
  const coreStatus = useAppStore((s) => s.coreStatus);
  const userPacks = useAppStore((s) => s.userPacks);
  const fileRef = useRef<HTMLInputElement>(null);
  const replaced = userPacks.some((p) => p.mode === 'replace');

  return (
    <section role="region" aria-labelledby="packs-heading" className="panel packs-panel">
      <h2 id="packs-heading">Content packs</h2>
      <ul className="pack-list">
        <li>
          <span className="pack-title">{core ? core.title : 'Core pack'}</span>
          <span className="tag">{coreStatus === 'ready' ? (replaced ? 'core, replaced' : 'core') : coreStatus === 'loading' ? 'loading…' : 'not loaded'}</span>
        </li>
        {userPacks.map((p) => (
          <li key={p.id}>
            <span className="pack-title">{p.title}</span>
            <span className="tag">{p.mode === 'replace' ? 'replaces' : 'extends'}</span>
            <button type="button" className="link-button" onClick={() => void removeUserPack(p.id)} aria-label={`Remove ${p.title}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" onClick={() => fileRef.current?.click()}>
          Import pack…
        </button>
      </div>
      <HiddenFileInput inputRef={fileRef} label="Content pack file" onFile={(file) => void importPackFile(file)} />
      <p className="hint">Or drop a pack file (.json, up to 10 MB) anywhere on the page.</p>
    </section>
  );
}
