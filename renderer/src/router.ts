import { createRouter, createWebHashHistory } from 'vue-router';

/** Areas of the app; later areas (Meetings, Minutes, Visits…) are added as they land. */
export const router = createRouter({
  // Hash history: the renderer is loaded from file:// in Electron and from a test server in Playwright.
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: () => import('./views/HomeView.vue'), meta: { title: 'Home' } },
    // A member's workspace (opened from a kit) starts here instead (composables/useMemberMode.ts).
    { path: '/member', name: 'member', component: () => import('./views/MemberHomeView.vue'), meta: { title: 'Your member workspace' } },
    { path: '/strategy', name: 'strategy', component: () => import('./views/StrategyView.vue'), meta: { title: 'Strategy' } },
    { path: '/actions/:id?', name: 'actions', component: () => import('./views/ActionLogView.vue'), meta: { title: 'Action log' } },
    { path: '/meetings/:meetingId/papers/:publicationId', name: 'papers', component: () => import('./views/PapersView.vue'), meta: { title: 'Papers' } },
    { path: '/meetings', name: 'meetings', component: () => import('./views/MeetingsView.vue'), meta: { title: 'Meetings' } },
    { path: '/meetings/:id/minutes', name: 'minutes', component: () => import('./views/MinutesView.vue'), meta: { title: 'Minutes' } },
    { path: '/meetings/:id', name: 'meeting', component: () => import('./views/MeetingView.vue'), meta: { title: 'Meeting' } },
    { path: '/voices', name: 'voices', component: () => import('./views/VoicesView.vue'), meta: { title: "Children's voices" } },
    { path: '/pledge', name: 'pledge', component: () => import('./views/PledgeView.vue'), meta: { title: 'Pledge tracker' } },
    { path: '/visits', name: 'visits', component: () => import('./views/VisitsView.vue'), meta: { title: 'Visits' } },
    { path: '/visits/:id/file', name: 'visit-file', component: () => import('./views/VisitFileView.vue'), meta: { title: 'Received report', area: 'visits' } },
    { path: '/visits/:id', name: 'visit', component: () => import('./views/VisitView.vue'), meta: { title: 'Visit report', area: 'visits' } },
    { path: '/scorecard', name: 'scorecard', component: () => import('./views/ScorecardView.vue'), meta: { title: 'Scorecard' } },
    { path: '/evidence', name: 'evidence', component: () => import('./views/EvidenceView.vue'), meta: { title: 'Evidence pack' } },
    { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { title: 'Settings' } },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

/** The page title for a route: "Strategy – PanelPack". (App.vue sets it, as it also knows when no workspace is open.) */
export function titleOf(meta: { title?: unknown }): string {
  return typeof meta.title === 'string' && meta.title ? `${meta.title} – PanelPack` : 'PanelPack';
}
