import type { Body, Person, Priority } from '@shared/model/entities';

/**
 * What an action's form chooses from and its history names: the priorities, people, and boards and
 * groups. The action log's and the Strategy screen's stores both hold these, and are passed whole.
 */
export interface ActionChoices {
  priorities: Priority[];
  people: Person[];
  bodies: Body[];
}
