export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** An error a client caused or should know about; becomes `{"error": {code, message}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function json(status: number, value: unknown): ApiResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: JSON.stringify(value) };
}

export function errorResponse(error: ApiError): ApiResponse {
  const response = json(error.status, { error: { code: error.code, message: error.message } });
  return { ...response, headers: { ...response.headers, ...error.headers } };
}
