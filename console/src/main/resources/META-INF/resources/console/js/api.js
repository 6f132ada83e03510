// The gateway's GraphQL, one POST per operation with the signed-in user's token.
import {accessToken, expired} from './auth.js';

/** A GraphQL error the user can act on: the gateway's message (it names the field) and its code. */
export class ApiError extends Error {
  constructor(errors) {
    super(errors.map(error => error.message).join('; '));
    this.errors = errors;
    this.code = errors[0]?.extensions?.code;
  }

  /** Field errors the services put into the message as "…; field: reason". */
  fieldErrors() {
    const fields = {};
    for (const error of this.errors) {
      for (const part of error.message.split('; ').slice(1)) {
        const match = part.match(/^([\w.[\]]+): (.+)$/);
        if (match) fields[match[1]] = match[2];
      }
    }
    return fields;
  }
}

export async function graphql(query, variables = {}) {
  const token = await accessToken();
  if (!token) {
    expired();
    throw new ApiError([{message: 'Your session has expired.'}]);
  }
  const response = await fetch('../graphql', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Authorization: `Bearer ${token}`},
    body: JSON.stringify({query, variables}),
  });
  if (response.status === 401) {
    expired();
    throw new ApiError([{message: 'Your session has expired.'}]);
  }
  if (!response.ok) {
    throw new ApiError([{message: `The gateway answered ${response.status}.`}]);
  }
  const answer = await response.json();
  if (answer.errors?.length && !answer.data) throw new ApiError(answer.errors);
  if (answer.errors?.length) {
    // Partial answers are normal (a service down): the view shows what came and says what did not.
    answer.data.__errors = answer.errors;
  }
  return answer.data;
}

/** Runs a mutation; throws ApiError when any error came back, since a write either happened or did not. */
export async function mutate(query, variables) {
  const data = await graphql(query, variables);
  if (data.__errors) throw new ApiError(data.__errors);
  return data;
}
