import { useId, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

/**
 * A button that opens a small list of actions, on the native popover: it sits in the top layer, closes on Esc
 * and on a click outside, and is placed under its button (the popover's implicit anchor) by CSS anchor positioning.
 */
export function MenuButton({ label, items, children }: { label: string; items: MenuItem[]; children: ReactNode }) {
  const id = useId();
  return (
    <>
      <button className="button button-small" popoverTarget={id} aria-label={label}>
        {children}
      </button>
      <div id={id} popover="auto" role="menu" aria-label={label} className="menu">
        {items.map((item) => (
          <button
            key={item.label}
            role="menuitem"
            className={item.danger ? 'menu-item menu-item-danger' : 'menu-item'}
            onClick={(e) => {
              (e.currentTarget.parentElement as HTMLElement).hidePopover();
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </>
  );
}
