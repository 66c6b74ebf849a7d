interface Props {
  legend: string;
  /** Said when there is nothing to link. */
  empty: string;
  items: readonly { id: string; label: string }[];
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}

/** Tick boxes linking a record to others (findings, risk scenarios). */
export function LinkList({ legend, empty, items, chosen, onToggle }: Props) {
  return (
    <fieldset className="field-wide link-list">
      <legend className="field-label">{legend}</legend>
      {items.length === 0 && <p className="muted small">{empty}</p>}
      {items.map((item) => (
        <label key={item.id} className="check">
          <input type="checkbox" checked={chosen.includes(item.id)} onChange={(e) => onToggle(item.id, e.target.checked)} />
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}
