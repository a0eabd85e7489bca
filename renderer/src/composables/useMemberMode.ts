/**
 * A member's workspace (opened from a kit; WorkspaceSummary.memberName is set): the board's
 * records are read-only there, so the app offers only the member's side: their Home (rota and the
 * kit's papers), their visit reports, and the papers viewer. Any other screen leads to the member's
 * Home rather than offering buttons core would refuse (core refuses them too: exchange/memberGuard.ts).
 */
import { computed, watch, type ComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useWorkspaceStore } from '../stores/workspace';

/** The routes a member's workspace shows. */
export const MEMBER_ROUTES: ReadonlySet<string> = new Set(['member', 'visits', 'visit', 'papers']);

export const MEMBER_AREAS = [
  { name: 'member', label: 'Home', to: '/member' },
  { name: 'visits', label: 'Visits', to: '/visits' },
] as const;

/** Whether the open workspace is a member's, and keeps the route within the member's screens. */
export function useMemberMode(): { memberName: ComputedRef<string | null> } {
  const workspace = useWorkspaceStore();
  const router = useRouter();
  const route = useRoute();
  const memberName = computed(() => workspace.current?.memberName ?? null);
  const allowed = (name: unknown): boolean => MEMBER_ROUTES.has(String(name));

  router.beforeEach((to) => {
    if (!workspace.current) return true;
    if (memberName.value && !allowed(to.name)) return { name: 'member' };
    if (!memberName.value && to.name === 'member') return { name: 'home' };
    return true;
  });
  // The workspace is known after the first route resolved (startup, or a switch): move on then too.
  watch([memberName, () => route.name], ([member, name]) => {
    if (!workspace.current || name === undefined) return;
    if (member && !allowed(name)) void router.replace({ name: 'member' });
    else if (!member && name === 'member') void router.replace({ name: 'home' });
  });
  return { memberName };
}
