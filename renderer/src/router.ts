import { createRouter, createWebHashHistory } from 'vue-router';

/** Areas of the app; later areas (Meetings, Minutes, Visits…) are added as they land. */
export const router = createRouter({
  // Hash history: the renderer is loaded from file:// in Electron and from a test server in Playwright.
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: () => import('./views/HomeView.vue'), meta: { title: 'Home' } },
    { path: '/strategy', name: 'strategy', component: () => import('./views/StrategyView.vue'), meta: { title: 'Strategy' } },
    { path: '/actions/:id?', name: 'actions', component: () => import('./views/ActionLogView.vue'), meta: { title: 'Action log' } },
    { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { title: 'Settings' } },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

router.afterEach((to) => {
  const title = typeof to.meta.title === 'string' ? to.meta.title : '';
  document.title = title ? `${title} – PanelPack` : 'PanelPack';
});
