/**
 * What a form shares with its fields (provided by useForm, injected by every field component):
 * the id prefix, the field messages, and where each field's input is, for the error summary's links.
 */
import { computed, inject, onBeforeUnmount, type ComputedRef, type InjectionKey, type Ref } from 'vue';

export interface FormContext {
  /** Prefix of every id in the form, for example "af-<action id>". */
  prefix: string;
  errors: Ref<Record<string, string>>;
  /** Field name -> id of the element the error summary's link focuses. */
  fieldIds: Record<string, string>;
}

export const FORM: InjectionKey<FormContext> = Symbol('form');

export function useFormContext(): FormContext {
  const ctx = inject(FORM, null);
  if (!ctx) throw new Error('A form field must sit inside a form made with useForm().');
  return ctx;
}

export interface FieldProps {
  /** The field's name in the draft and in error messages ("title", "ownerId"). */
  name: string;
  /** The input's id after the form's prefix, when it differs from the name ("owner" for ownerId). */
  id?: string;
  label: string;
  hint?: string;
  /** Ids of other hints that describe this field too (a heading's hint over several fields). */
  describedBy?: string;
}

export interface FieldIds {
  /** The input's id (radios and checkboxes: the base of each option's id). */
  inputId: string;
  hintId: string;
  errorId: string;
  error: ComputedRef<string | undefined>;
  /** hint, extra hints and the error message, for aria-describedby. */
  describedBy: ComputedRef<string | undefined>;
}

/**
 * Ids and messages for one field, and its place in the error summary (`linkId`: the element the
 * summary's link focuses; the input itself unless it is a group of options).
 */
export function useFieldIds(props: FieldProps, linkId?: (inputId: string) => string): FieldIds {
  const ctx = useFormContext();
  const inputId = `${ctx.prefix}-${props.id ?? props.name}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${ctx.prefix}-${props.name}-error`;
  const error = computed(() => ctx.errors.value[props.name]);
  const describedBy = computed(() => [props.hint ? hintId : '', props.describedBy ?? '', error.value ? errorId : ''].filter(Boolean).join(' ') || undefined);
  ctx.fieldIds[props.name] = linkId ? linkId(inputId) : inputId;
  onBeforeUnmount(() => {
    delete ctx.fieldIds[props.name];
  });
  return { inputId, hintId, errorId, error, describedBy };
}
