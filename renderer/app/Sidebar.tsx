import { useAppStore } from '../store';
import { NAV_ITEMS } from './navigation';

export function Sidebar() {
  const screen = useAppStore((s) => s.screen);
  const go = useAppStore((s) => s.go);
  return (
    <nav className="sidebar" aria-label="Workflow">
      <div className="brand">
        <img src={new URL('../../assets/icon.svg', import.meta.url).href} alt="" className="brand-logo" />
        <div>
          <div className="brand-name">CSMS Assessor</div>
          <div className="brand-sub">IEC 62443-2-1</div>
        </div>
      </div>
      <ol className="nav-list">
        {NAV_ITEMS.map((item, i) => (
          <li key={item.screen}>
            <button
              className={`nav-item${screen === item.screen ? ' nav-item-active' : ''}`}
              aria-current={screen === item.screen ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${i + 1}`}
              title={`${item.hint} (Alt+${i + 1})`}
              onClick={() => go(item.screen)}
            >
              <span className="nav-index">{i + 1}</span>
              <span className="nav-text">
                <span className="nav-label">{item.label}</span>
                <span className="nav-hint">{item.hint}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
