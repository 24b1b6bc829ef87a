/**
 * The lingtan dashboard: a single page served by `lingtan serve` at `/`. The scenario panel on the
 * left feeds five views (plan, compare, Monte Carlo & rollout, bank view, certification), chosen by the URL hash;
 * a switch sets the language (labels, names, number formats and the charts' own text).
 */
import { useKeySource } from './api.ts';
import { askForKey, keyCookie } from './auth.ts';
import { loadCatalog } from './catalog.ts';
import { releaseCharts } from './charts.ts';
import { parseRoute, routeHash, type Ctx, type HistoryEntry, type Route, type View } from './context.ts';
import { errorBox, fill, h } from './dom.ts';
import { lang, setLang, t, type Key } from './i18n.ts';
import { ScenarioPanel } from './scenario-panel.ts';
import { BankView } from './views/bank.ts';
import { CertifyView } from './views/certify.ts';
import { CompareView } from './views/compare.ts';
import { JobsView } from './views/jobs.ts';
import { PlanView } from './views/plan.ts';

type ViewId = 'plan' | 'compare' | 'jobs' | 'bank' | 'certify';
const VIEW_IDS: readonly ViewId[] = ['plan', 'compare', 'jobs', 'bank', 'certify'];
const HISTORY_KEY = 'lingtan.history';

/** The route in the address, its view one of ours (else the plan). */
function routeFromHash(): Route & { readonly view: ViewId } {
  const r = parseRoute(location.hash);
  return (VIEW_IDS as readonly string[]).includes(r.view) ? (r as Route & { view: ViewId }) : { ...r, view: 'plan' };
}

function loadHistory(): HistoryEntry[] {
  try {
    const raw = JSON.parse(sessionStorage.getItem(HISTORY_KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((e): e is HistoryEntry => typeof e === 'object' && e !== null && typeof (e as HistoryEntry).runId === 'string' && typeof (e as HistoryEntry).label === 'string') : [];
  } catch {
    return [];
  }
}

async function start(root: HTMLElement): Promise<void> {
  setLang(lang());
  useKeySource({ current: keyCookie, ask: askForKey });
  const catalog = await loadCatalog();
  const history = loadHistory();
  let route = routeFromHash();
  let current: ViewId = route.view;
  const views = {} as Record<ViewId, View>;
  const scenario = new ScenarioPanel(catalog, () => {
    // The compare, job and certification views name the scenario on the left.
    if (current === 'compare' || current === 'jobs' || current === 'certify') views[current].render();
  });
  const ctx: Ctx = {
    catalog,
    scenario,
    history,
    remember(entry) {
      const i = history.findIndex((e) => e.runId === entry.runId);
      if (i >= 0) history.splice(i, 1);
      history.unshift(entry);
      history.splice(20);
      sessionStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    },
    link(r) {
      // Only the view on screen writes the address; replaceState fires no hashchange.
      if (r.view === current) window.history.replaceState(null, '', routeHash(r));
    },
    go(r) {
      location.hash = routeHash(r);
    },
  };
  views.plan = new PlanView(ctx);
  views.compare = new CompareView(ctx);
  views.jobs = new JobsView(ctx);
  views.bank = new BankView(ctx);
  views.certify = new CertifyView(ctx);

  const nav = h('nav', { class: 'tabs', 'aria-label': 'views' });
  const langButton = h('button', { type: 'button', class: 'lang', 'data-testid': 'lang-toggle' });
  const title = h('h1', { 'data-testid': 'app-title' });
  const subtitle = h('p', { class: 'subtitle', 'data-testid': 'app-subtitle' });
  const docs = h('a', { href: '/docs', class: 'docs-link', target: '_blank', rel: 'noopener' });
  const main = h('main', { class: 'view-slot' });
  fill(
    root,
    h('header', { class: 'top' }, h('div', { class: 'brand' }, title, subtitle), nav, h('div', { class: 'top-actions' }, docs, langButton)),
    h('div', { class: 'layout' }, h('aside', {}, scenario.el), main),
  );

  const renderChrome = () => {
    document.title = `${t('app.title')} — ${t(`nav.${current}` as Key)}`;
    fill(title, t('app.title'));
    fill(subtitle, t('app.subtitle'));
    fill(docs, t('nav.docs'));
    fill(langButton, t('lang.switch'));
    langButton.title = t('lang.switchTitle');
    fill(
      nav,
      ...VIEW_IDS.map((id) =>
        h('a', { href: `#/${id}`, class: id === current ? 'tab active' : 'tab', 'data-testid': `tab-${id}`, 'aria-current': id === current ? 'page' : null }, t(`nav.${id}` as Key)),
      ),
    );
  };
  const show = () => {
    releaseCharts();
    renderChrome();
    const view = views[current];
    main.replaceChildren(view.el);
    view.render();
    // A link to a run: show it unless it is already on screen.
    if (route.run !== null && view.open !== undefined && view.shownRun?.() !== route.run) view.open(route.run, route.factory);
  };

  langButton.addEventListener('click', () => {
    setLang(lang() === 'zh' ? 'en' : 'zh');
    scenario.render();
    show();
  });
  window.addEventListener('hashchange', () => {
    route = routeFromHash();
    current = route.view;
    show();
  });
  scenario.render();
  show();
  root.dataset['ready'] = 'true';
}

const root = document.getElementById('app');
if (root !== null) {
  start(root).catch((error: unknown) => {
    fill(root, errorBox(`${t('common.error')}: ${error instanceof Error ? error.message : String(error)}`));
  });
}
