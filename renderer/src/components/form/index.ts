/**
 * The form kit: every form in the renderer is built from these. See docs/ARCHITECTURE.md
 * ("Renderer: the form kit") for the two modes and how a new form is put together.
 */
export { saveAllPending, useForm, type Check, type Form, type FormOptions, type SaveState } from './useForm';
export { useConfirm, focusById } from './useConfirm';
export { useRecordList } from './useRecordList';
export { draftExists, draftFrom } from './drafts';
export { default as FormFrame } from './FormFrame.vue';
export { default as FormErrorSummary } from './FormErrorSummary.vue';
export { default as TextField } from './TextField.vue';
export { default as TextareaField } from './TextareaField.vue';
export { default as DateField } from './DateField.vue';
export { default as TimeField } from './TimeField.vue';
export { default as SelectField } from './SelectField.vue';
export { default as ChoiceGroup } from './ChoiceGroup.vue';
export { default as CheckboxField } from './CheckboxField.vue';
export { default as PersonPicker } from './PersonPicker.vue';
export { default as ConfirmDelete } from './ConfirmDelete.vue';
