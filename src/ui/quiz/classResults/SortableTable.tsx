/**
 * A data table with a caption and column headers (<th scope>), sortable by any column: the header
 * is a button, and aria-sort says the current order. The first column's cells are row headers.
 */
import { useState, type ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  label: string;
  /** What the column sorts by. */
  sortValue: (row: Row) => string | number;
  /** What the cell shows (default: the sort value). */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

type Sort = { key: string; dir: 'ascending' | 'descending' } | null;

export function SortableTable<Row>({ caption, columns, rows, rowKey, className }: { caption: ReactNode; columns: readonly Column<Row>[]; rows: readonly Row[]; rowKey: (row: Row) => string; className?: string }) {
  const [sort, setSort] = useState<Sort>(null);
  const col = sort && columns.find((c) => c.key === sort.key);
  const shown = col
    ? [...rows].sort((a, b) => {
        const x = col.sortValue(a);
        const y = col.sortValue(b);
        const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return sort.dir === 'ascending' ? d : -d;
      })
    : rows;
  const toggle = (key: string) => setSort((s) => (s?.key === key && s.dir === 'ascending' ? { key, dir: 'descending' } : { key, dir: 'ascending' }));
  return (
    <div className="cr-table-wrap">
      <table className={`cr-table ${className ?? ''}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort?.key === c.key ? sort.dir : undefined} className={c.numeric ? 'num' : undefined}>
                <button type="button" className="cr-sort" onClick={() => toggle(c.key)}>
                  {c.label}
                  <span aria-hidden="true" className="cr-sort-mark">
                    {sort?.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => {
                const content = c.render ? c.render(row) : c.sortValue(row);
                return i === 0 ? (
                  <th key={c.key} scope="row" className={c.numeric ? 'num' : undefined}>
                    {content}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
