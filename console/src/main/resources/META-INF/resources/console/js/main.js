// The console's entry point: settings, session, then one view per address (#/portfolio, #/account/<id>, #/cockpit,
// #/retention, #/admin). Views get the signed-in user and decide by role what they offer: a viewer gets no write
// controls.
import {start, signIn, signOut} from './auth.js';
import {h, show} from './dom.js';
import * as portfolio from './views/portfolio.js';
import * as account from './views/account.js';
import * as cockpit from './views/cockpit.js';
import * as admin from './views/admin.js';
import * as retention from './views/retention.js';

const view = document.getElementById('view');
let user;
let leave = () => {};

function showSignIn(expired) {
  leave();
  document.getElementById('top').hidden = true;
  document.title = 'Sign in · Tandem console';
  show(view,
    h('section', {class: 'sign-in', 'aria-labelledby': 'sign-in-title'},
      h('h1', {id: 'sign-in-title'}, 'Tandem console'),
      expired
        ? h('p', {class: 'notice', id: 'session-expired'}, 'Your session has expired. Sign in again to go on.')
        : h('p', {}, 'Health, calls to action and onboarding of your customers.'),
      h('button', {type: 'button', id: 'sign-in', class: 'primary', onclick: () => signIn()}, 'Sign in')));
  view.querySelector('#sign-in').focus();
}

function routeOf(hash) {
  const [name, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const [path, query] = [rest.join('/'), new URLSearchParams(hash.split('?')[1] ?? '')];
  return {name: name.split('?')[0] || 'portfolio', param: decodeURIComponent(path.split('?')[0]), query};
}

const views = {
  portfolio: {module: portfolio, allowed: () => true},
  account: {module: account, allowed: () => true},
  cockpit: {module: cockpit, allowed: () => user.canWrite},
  retention: {module: retention, allowed: () => true},
  admin: {module: admin, allowed: () => user.isAdmin},
};

async function render() {
  if (!user) return;
  leave();
  leave = () => {};
  const route = routeOf(location.hash);
  const chosen = views[route.name];
  for (const link of document.querySelectorAll('nav a')) {
    if (link.dataset.view === route.name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!chosen || !chosen.allowed()) {
    show(view, h('h1', {}, 'Not here'), h('p', {}, 'This page does not exist, or your role does not open it.'));
    return;
  }
  show(view, h('p', {class: 'loading'}, 'Loading…'));
  try {
    leave = (await chosen.module.render(view, user, route)) ?? (() => {});
  } catch (error) {
    if (!user) return;
    show(view, h('h1', {}, 'Something went wrong'), h('p', {class: 'error', role: 'alert'}, error.message));
  }
}

function header() {
  document.getElementById('top').hidden = false;
  document.getElementById('who').textContent = `${user.name} · ${user.roles.filter(role =>
    ['cs-admin', 'csm', 'viewer'].includes(role)).join(', ')}`;
  for (const link of document.querySelectorAll('nav a[data-needs]')) {
    link.hidden = link.dataset.needs === 'admin' ? !user.isAdmin : !user.canWrite;
  }
  document.getElementById('sign-out').onclick = () => signOut();
}

async function boot() {
  const config = await (await fetch('config.json')).json();
  const session = await start(config, () => {
    user = null;
    showSignIn(true);
  });
  if (!session.user) return showSignIn(session.expired);
  user = session.user;
  header();
  window.addEventListener('hashchange', render);
  if (!location.hash) location.replace('#/portfolio');
  else render();
}

boot();
