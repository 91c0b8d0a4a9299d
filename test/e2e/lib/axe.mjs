// axe-core checks shared by the accessibility tests.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';

/** Asserts axe finds no serious or critical violations on the page as it is now. */
export async function expectNoSeriousViolations(page, state) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  // One known false positive, filtered node by node: an expanded region of the "Muscles by region"
  // tree is an APG nested treeitem (<li role=treeitem aria-labelledby=its row label> holding its
  // <ul role=group>), so axe counts the child muscles' names as the parent's "visible text"
  // (label-content-name-mismatch). The parent's name is its row's visible label; each child has its own.
  const nestedTreeItem = (n) => n.html.startsWith('<li') && n.html.includes('role="treeitem"') && n.html.includes('aria-expanded="true"');
  const bad = violations
    .map((v) => (v.id === 'label-content-name-mismatch' ? { ...v, nodes: v.nodes.filter((n) => !nestedTreeItem(n)) } : v))
    .filter((v) => v.nodes.length > 0 && (v.impact === 'serious' || v.impact === 'critical'));
  const describe = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`).join('\n')}`);
  assert.deepEqual(describe, [], `${state}: serious/critical axe violations`);
}
