import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { z } from 'zod/mini';
import { isApiError } from './apiError';
import { useIdempotencyKey, type Idempotent } from './idempotency';

type Issue = z.core.$ZodIssue;

/** The reader's words for what the schema found wrong with a field, given that field's issues in the schema's order. */
export type FieldMessages<Field extends string> = Record<Field, (issues: [Issue, ...Issue[]]) => string>;

type FieldOf<Input> = Extract<keyof Input, string>;
type FieldErrors = Partial<Record<string, string>>;

type Sending<Request, Result, OnMutateResult> = {
  /** The feature's mutation (from its api.ts); it is given the request and the submission's idempotency key. */
  mutation: UseMutationOptions<Result, Error, Idempotent<Request>, OnMutateResult>;
  /** After the mutation's own onSuccess, e.g. to clear a draft. */
  onSuccess?: (result: Result) => void;
  /** A failure put in words for the reader (a 422 about the form's fields is shown beside them instead). */
  failureMessage: (error: Error) => string;
};

type Checking<Input, Request> =
  | {
      /** The request's schema: the one place its rules live. */
      schema: z.ZodMiniType<Request, Input>;
      /** One entry per field, in the order the form shows them (the error summary follows it). */
      messages: FieldMessages<FieldOf<Input>>;
    }
  /** A confirmation: nothing is typed, so there is nothing to check. */
  | { schema?: undefined; messages?: undefined };

type Submission<Input, Field extends string, Result> = {
  /** Checks the input and shows what is wrong, or sends it; ignored while a request is under way. */
  submit: (input: Input) => void;
  /** The input changed: it is a new submission, the last outcome no longer applies, a shown error is checked again. */
  changed: (field: Field, input: Input) => void;
  /** The id and error to give a field's <Field>. */
  field: (name: Field) => { id: string; error: string | undefined };
  /** The props for the form's <ErrorSummary>. */
  summary: { errors: { fieldId: string; message: string }[]; attempt: number };
  failure: string | undefined;
  isPending: boolean;
  result: Result | undefined;
};

/**
 * What every form that sends something shares: one idempotency key per
 * submission, the request's schema checked before sending, a 422's field errors
 * shown beside the fields, the error summary, and the failure in words. The
 * input stays where the form keeps it: nothing here clears it.
 */
export function useSubmission<Result, OnMutateResult = unknown, Request = void, Input = Request>(
  options: Sending<Request, Result, OnMutateResult> & Checking<Input, Request>,
): Submission<Input, FieldOf<Input>, Result> {
  const { mutation: mutationConfig, onSuccess, failureMessage } = options;
  const formId = useId();
  const key = useIdempotencyKey();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const fields = Object.keys(options.messages ?? {});
  const mutation = useMutation({
    ...mutationConfig,
    onSuccess: (...args) => {
      key.renew();
      onSuccess?.(args[0]);
      return mutationConfig.onSuccess?.(...args);
    },
    onError: (...args) => {
      const fromServer = serverFieldErrors(args[0], fields);
      if (fromServer) {
        setErrors(fromServer);
        setAttempt((n) => n + 1);
      }
      return mutationConfig.onError?.(...args);
    },
  });

  const check = (input: Input): { request: Request } | { errors: FieldErrors } => {
    // A confirmation's input is nothing, and so is its request.
    if (!options.schema) return { request: input as unknown as Request };
    const parsed = options.schema.safeParse(input, { reportInput: true });
    return parsed.success ? { request: parsed.data } : { errors: fieldErrors(parsed.error.issues, options.messages) };
  };
  const fieldId = (field: string) => `${formId}-${field}`;

  return {
    submit: (input) => {
      if (mutation.isPending) return;
      const checked = check(input);
      setErrors('errors' in checked ? checked.errors : {});
      setAttempt((n) => n + 1);
      if ('request' in checked) mutation.mutate({ request: checked.request, idempotencyKey: key.current() });
    },
    changed: (field, input) => {
      key.renew();
      if (!mutation.isPending) mutation.reset();
      if (errors[field]) {
        const checked = check(input);
        setErrors({ ...errors, [field]: 'errors' in checked ? checked.errors[field] : undefined });
      }
    },
    field: (name) => ({ id: fieldId(name), error: errors[name] }),
    summary: {
      errors: fields.flatMap((field) => {
        const message = errors[field];
        return message ? [{ fieldId: fieldId(field), message }] : [];
      }),
      attempt,
    },
    failure: mutation.isError && !serverFieldErrors(mutation.error, fields) ? failureMessage(mutation.error) : undefined,
    isPending: mutation.isPending,
    result: mutation.data,
  };
}

function fieldErrors<Field extends string>(issues: Issue[], messages: FieldMessages<Field>): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of Object.keys(messages) as Field[]) {
    const [first, ...rest] = issues.filter((issue) => issue.path[0] === field);
    if (first) errors[field] = messages[field]([first, ...rest]);
  }
  return errors;
}

/** A 422's messages for the form's own fields; none if it names none of them (then it is shown as a failure). */
function serverFieldErrors(error: unknown, fields: string[]): FieldErrors | undefined {
  if (!isApiError(error) || error.status !== 422) return undefined;
  const named = fields.filter((field) => error.fieldErrors[field]?.length);
  if (!named.length) return undefined;
  return Object.fromEntries(named.map((field) => [field, error.fieldErrors[field]?.join(', ')]));
}
