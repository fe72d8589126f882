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
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'access-control-allow-origin': process.env.CORS_ALLOW_ORIGIN ?? '*',
};

export function json(status: number, value: unknown): ApiResponse {
  return { status, headers: { ...HEADERS }, body: JSON.stringify(value) };
}

export function errorResponse(error: ApiError): ApiResponse {
  return json(error.status, { error: { code: error.code, message: error.message } });
}
